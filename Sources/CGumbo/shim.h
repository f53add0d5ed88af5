// Gumbo, Google's HTML5 parser in C (libgumbo-dev). Only the AlihHTML module imports this.
#include <gumbo.h>
