// PostgreSQL's client library, libpq (Debian's libpq5), loaded the first time it is needed.
//
// Linking libpq would load it, and the twenty-odd libraries it needs (Kerberos, LDAP, GnuTLS …),
// into every alih process: 6-10 ms more for every command, used or not. So this shim opens it
// with dlopen when a PostgreSQL memory is first used, and the Swift module AlihPostgreSQL calls
// these `alih_pq_` functions, each forwarding to the libpq function of the same meaning. The
// types are opaque and the constants are libpq's (stable in its ABI, libpq.so.5). Only
// AlihPostgreSQL imports this.
#ifndef ALIH_LIBPQ_H
#define ALIH_LIBPQ_H

typedef struct alih_pq_conn alih_pq_conn;
typedef struct alih_pq_result alih_pq_result;

// ConnStatusType's CONNECTION_OK.
#define ALIH_PQ_CONNECTION_OK 0
// ExecStatusType's PGRES_COMMAND_OK, PGRES_TUPLES_OK and PGRES_FATAL_ERROR.
#define ALIH_PQ_COMMAND_OK 1
#define ALIH_PQ_TUPLES_OK 2
#define ALIH_PQ_FATAL_ERROR 7

// Loads libpq once (thread-safe): 1 when it is there, 0 when not (`alih_pq_load_error` says why).
int alih_pq_load(void);
const char *alih_pq_load_error(void);

alih_pq_conn *alih_pq_connectdb(const char *conninfo);
int alih_pq_status(const alih_pq_conn *conn);
const char *alih_pq_error_message(const alih_pq_conn *conn);
void alih_pq_finish(alih_pq_conn *conn);
// Sets a notice processor that prints nothing.
void alih_pq_silence_notices(alih_pq_conn *conn);

alih_pq_result *alih_pq_exec(alih_pq_conn *conn, const char *query);
alih_pq_result *alih_pq_prepare(alih_pq_conn *conn, const char *name, const char *query, int parameter_count);
// Text parameters (NULL for SQL NULL), text results.
alih_pq_result *alih_pq_exec_prepared(
    alih_pq_conn *conn, const char *name, int parameter_count, const char *const *values);
int alih_pq_result_status(const alih_pq_result *result);
// `code` is one of libpq's PG_DIAG_ letters ('C' SQLSTATE, 'M' message, 'D' detail).
const char *alih_pq_result_error_field(const alih_pq_result *result, int code);
int alih_pq_ntuples(const alih_pq_result *result);
int alih_pq_nfields(const alih_pq_result *result);
int alih_pq_getisnull(const alih_pq_result *result, int row, int column);
const char *alih_pq_getvalue(const alih_pq_result *result, int row, int column);
void alih_pq_clear(alih_pq_result *result);

#endif
