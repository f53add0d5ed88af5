// alih_icu.h — a plain-C facade over the system ICU (libicu-dev).
//
// Only plain C types cross this header: opaque handles, UTF-16 code units as uint16_t and
// ICU status codes as int32_t (negative: warning, 0: success, positive: error). ICU's own
// headers are included by the implementation only, so no Swift module ever sees an ICU type
// (Foundation on Linux carries its own ICU copy, and the two clash in one module).
#ifndef ALIH_ICU_H
#define ALIH_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Kinds of text boundary analysis.
enum {
    ALIH_BREAK_SENTENCE = 0,
    ALIH_BREAK_WORD = 1,
};

/// Word-break rule status ranges (ICU's UWordBreak): a boundary closing a word of that kind.
enum {
    ALIH_WORD_NONE_LIMIT = 100,     // [0, 100): spaces, punctuation, symbols
    ALIH_WORD_NUMBER_LIMIT = 200,   // [100, 200): numbers
    ALIH_WORD_LETTER_LIMIT = 300,   // [200, 300): letters
    ALIH_WORD_KANA_LIMIT = 400,
    ALIH_WORD_IDEO_LIMIT = 500,
};

/// An ICU break iterator. It does not copy the text it is given: the caller keeps the
/// buffer alive and unchanged until the next `alih_break_set_text` or `alih_break_close`.
typedef struct alih_break alih_break;

/// Opens a break iterator of `kind` for `locale` (e.g. "id"). Returns NULL on failure and
/// stores the ICU status in `*status`.
alih_break *alih_break_open(int32_t kind, const char *locale, int32_t *status);

/// Closes the iterator. NULL is accepted.
void alih_break_close(alih_break *iterator);

/// Points the iterator at `text` (not copied) and rewinds it to offset 0.
void alih_break_set_text(alih_break *iterator, const uint16_t *text, int32_t length, int32_t *status);

/// Fills `offsets` with the next boundaries (UTF-16 offsets, in increasing order, offset 0 not
/// included) and `statuses` (may be NULL) with each boundary's rule status. Returns how many
/// were written: fewer than `capacity` only when the end of the text was reached.
int32_t alih_break_next_batch(alih_break *iterator, int32_t *offsets, int32_t *statuses, int32_t capacity);

/// Normalizes `source` to NFC into `destination`. Returns the normalized length; when it is
/// larger than `capacity`, nothing useful was written and the status is a buffer overflow.
int32_t alih_normalize_nfc(const uint16_t *source, int32_t length,
                           uint16_t *destination, int32_t capacity, int32_t *status);

/// Returns the length of the prefix of `source` that is already in NFC (quick check).
int32_t alih_nfc_span(const uint16_t *source, int32_t length, int32_t *status);

/// Full Unicode case folding (the default mapping) of `source` into `destination`.
/// Returns the folded length (see alih_normalize_nfc for overflow).
int32_t alih_fold_case(const uint16_t *source, int32_t length,
                       uint16_t *destination, int32_t capacity, int32_t *status);

/// A compiled ICU regular expression with its own matcher state (not thread-safe: one per user).
typedef struct alih_regex alih_regex;

/// Compiles `pattern` (ICU regex syntax). On failure returns NULL, stores the status and the
/// UTF-16 offset of the error in the pattern (or -1).
alih_regex *alih_regex_open(const uint16_t *pattern, int32_t length, int32_t case_insensitive,
                            int32_t *status, int32_t *error_offset);

/// Closes the expression. NULL is accepted.
void alih_regex_close(alih_regex *regex);

/// Searches `text` (not retained after the call) for the first match. Returns 1 and stores the
/// match's UTF-16 range when found, 0 when not.
int32_t alih_regex_find(alih_regex *regex, const uint16_t *text, int32_t length,
                        int32_t *start, int32_t *end, int32_t *status);

/// ICU's name for a status code (e.g. "U_ILLEGAL_ARGUMENT_ERROR"); a static string.
const char *alih_status_name(int32_t status);

/// The ICU version in use, as "72.1".
void alih_icu_version(char *buffer, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
