// Hunspell's plain-C API (libhunspell-dev). Only the AlihHunspell module imports this.
#include <hunspell/hunspell.h>
