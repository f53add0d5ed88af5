// libpq, PostgreSQL's C client (libpq-dev). Only the AlihPostgreSQL module imports this.
#include <libpq-fe.h>
