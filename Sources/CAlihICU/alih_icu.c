// alih_icu.c — the implementation of the plain-C ICU facade (see include/alih_icu.h).
#include "alih_icu.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/uregex.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>

struct alih_break {
    UBreakIterator *iterator;
};

alih_break *alih_break_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBreakIteratorType type = kind == ALIH_BREAK_WORD ? UBRK_WORD : UBRK_SENTENCE;
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &code);
    *status = (int32_t)code;
    if (U_FAILURE(code) || iterator == NULL) {
        if (iterator) ubrk_close(iterator);
        return NULL;
    }
    alih_break *handle = malloc(sizeof *handle);
    if (handle == NULL) {
        ubrk_close(iterator);
        *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    handle->iterator = iterator;
    return handle;
}

void alih_break_close(alih_break *handle) {
    if (handle == NULL) return;
    ubrk_close(handle->iterator);
    free(handle);
}

void alih_break_set_text(alih_break *handle, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    static const UChar empty[1] = {0};
    ubrk_setText(handle->iterator, length > 0 ? (const UChar *)text : empty, length, &code);
    *status = (int32_t)code;
}

int32_t alih_break_next_batch(alih_break *handle, int32_t *offsets, int32_t *statuses, int32_t capacity) {
    int32_t count = 0;
    while (count < capacity) {
        int32_t boundary = ubrk_next(handle->iterator);
        if (boundary == UBRK_DONE) break;
        offsets[count] = boundary;
        if (statuses) statuses[count] = ubrk_getRuleStatus(handle->iterator);
        count++;
    }
    return count;
}

int32_t alih_normalize_nfc(const uint16_t *source, int32_t length,
                           uint16_t *destination, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&code);
    if (U_FAILURE(code)) { *status = (int32_t)code; return 0; }
    int32_t result = unorm2_normalize(nfc, (const UChar *)source, length, (UChar *)destination, capacity, &code);
    *status = (int32_t)code;
    return result;
}

int32_t alih_nfc_span(const uint16_t *source, int32_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&code);
    if (U_FAILURE(code)) { *status = (int32_t)code; return 0; }
    int32_t result = unorm2_spanQuickCheckYes(nfc, (const UChar *)source, length, &code);
    *status = (int32_t)code;
    return result;
}

int32_t alih_fold_case(const uint16_t *source, int32_t length,
                       uint16_t *destination, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t result = u_strFoldCase((UChar *)destination, capacity, (const UChar *)source, length,
                                   U_FOLD_CASE_DEFAULT, &code);
    *status = (int32_t)code;
    return result;
}

const char *alih_status_name(int32_t status) {
    return u_errorName((UErrorCode)status);
}

void alih_icu_version(char *buffer, int32_t capacity) {
    UVersionInfo info;
    u_getVersion(info);
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(info, text);
    snprintf(buffer, (size_t)capacity, "%s", text);
}

struct alih_regex {
    URegularExpression *expression;
};

alih_regex *alih_regex_open(const uint16_t *pattern, int32_t length, int32_t case_insensitive,
                            int32_t *status, int32_t *error_offset) {
    UErrorCode code = U_ZERO_ERROR;
    UParseError parse;
    memset(&parse, 0, sizeof parse);
    parse.offset = -1;
    uint32_t flags = case_insensitive ? UREGEX_CASE_INSENSITIVE : 0;
    URegularExpression *expression = uregex_open((const UChar *)pattern, length, flags, &parse, &code);
    *status = (int32_t)code;
    *error_offset = parse.offset;
    if (U_FAILURE(code) || expression == NULL) {
        if (expression) uregex_close(expression);
        return NULL;
    }
    alih_regex *handle = malloc(sizeof *handle);
    if (handle == NULL) {
        uregex_close(expression);
        *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    handle->expression = expression;
    return handle;
}

void alih_regex_close(alih_regex *handle) {
    if (handle == NULL) return;
    uregex_close(handle->expression);
    free(handle);
}

int32_t alih_regex_find(alih_regex *handle, const uint16_t *text, int32_t length,
                        int32_t *start, int32_t *end, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    static const UChar empty[1] = {0};
    uregex_setText(handle->expression, length > 0 ? (const UChar *)text : empty, length, &code);
    int32_t found = 0;
    if (U_SUCCESS(code) && uregex_find(handle->expression, 0, &code) && U_SUCCESS(code)) {
        *start = uregex_start(handle->expression, 0, &code);
        *end = uregex_end(handle->expression, 0, &code);
        found = U_SUCCESS(code) ? 1 : 0;
    }
    /* Detach the text: the caller's buffer is not kept alive past this call. */
    UErrorCode ignored = U_ZERO_ERROR;
    uregex_setText(handle->expression, empty, 0, &ignored);
    *status = (int32_t)code;
    return found;
}
