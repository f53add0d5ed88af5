// Umbrella for the system ICU (libicu-dev). Only the CAlihICU implementation includes these.
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/uchar.h>
#include <unicode/uloc.h>
#include <unicode/uversion.h>
#include <unicode/uregex.h>
