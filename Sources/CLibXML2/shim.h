// libxml2 (libxml2-dev): its SAX2 push parser. Only the AlihXML module imports this.
//
// Debian's libxml2 is built with ICU, and then its encoding.h includes the system ICU headers;
// in a module that also imports Foundation (which carries its own ICU copy) the two
// definitions of ICU's types clash and the build fails. Alih never touches libxml2's encoding
// handlers (whose struct is the only thing the flag changes: two trailing ICU fields, used
// through pointers), so the ICU part of the headers is left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
