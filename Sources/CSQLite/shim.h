// SQLite (libsqlite3-dev). Only the AlihMemory module imports this.
#include <sqlite3.h>
