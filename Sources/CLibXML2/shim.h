// libxml2 (libxml2-dev): its SAX2 push parser. Only the AlihXML module imports this.
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
