#include "alih_libpq.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

typedef void (*notice_processor)(void *, const char *);

static struct {
    alih_pq_conn *(*connectdb)(const char *);
    int (*status)(const alih_pq_conn *);
    const char *(*error_message)(const alih_pq_conn *);
    void (*finish)(alih_pq_conn *);
    notice_processor (*set_notice_processor)(alih_pq_conn *, notice_processor, void *);
    alih_pq_result *(*exec)(alih_pq_conn *, const char *);
    alih_pq_result *(*prepare)(alih_pq_conn *, const char *, const char *, int, const unsigned int *);
    alih_pq_result *(*exec_prepared)(
        alih_pq_conn *, const char *, int, const char *const *, const int *, const int *, int);
    int (*result_status)(const alih_pq_result *);
    const char *(*result_error_field)(const alih_pq_result *, int);
    int (*ntuples)(const alih_pq_result *);
    int (*nfields)(const alih_pq_result *);
    int (*getisnull)(const alih_pq_result *, int, int);
    const char *(*getvalue)(const alih_pq_result *, int, int);
    void (*clear)(alih_pq_result *);
} pq;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int loaded = 0;
static char load_error[512] = "not loaded";

static void load(void) {
    void *library = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        const char *reason = dlerror();
        snprintf(load_error, sizeof load_error, "%s", reason ? reason : "libpq.so.5 not found");
        return;
    }
#define FIND(field, name)                                                                          \
    if ((*(void **)&pq.field = dlsym(library, name)) == NULL) {                                    \
        snprintf(load_error, sizeof load_error, "libpq.so.5 has no %s", name);                     \
        return;                                                                                    \
    }
    FIND(connectdb, "PQconnectdb")
    FIND(status, "PQstatus")
    FIND(error_message, "PQerrorMessage")
    FIND(finish, "PQfinish")
    FIND(set_notice_processor, "PQsetNoticeProcessor")
    FIND(exec, "PQexec")
    FIND(prepare, "PQprepare")
    FIND(exec_prepared, "PQexecPrepared")
    FIND(result_status, "PQresultStatus")
    FIND(result_error_field, "PQresultErrorField")
    FIND(ntuples, "PQntuples")
    FIND(nfields, "PQnfields")
    FIND(getisnull, "PQgetisnull")
    FIND(getvalue, "PQgetvalue")
    FIND(clear, "PQclear")
#undef FIND
    loaded = 1;
}

int alih_pq_load(void) {
    pthread_once(&once, load);
    return loaded;
}

const char *alih_pq_load_error(void) { return load_error; }

alih_pq_conn *alih_pq_connectdb(const char *conninfo) { return pq.connectdb(conninfo); }
int alih_pq_status(const alih_pq_conn *conn) { return pq.status(conn); }
const char *alih_pq_error_message(const alih_pq_conn *conn) { return pq.error_message(conn); }
void alih_pq_finish(alih_pq_conn *conn) { pq.finish(conn); }

static void ignore_notice(void *argument, const char *message) {
    (void)argument;
    (void)message;
}

void alih_pq_silence_notices(alih_pq_conn *conn) { pq.set_notice_processor(conn, ignore_notice, NULL); }

alih_pq_result *alih_pq_exec(alih_pq_conn *conn, const char *query) { return pq.exec(conn, query); }

alih_pq_result *alih_pq_prepare(alih_pq_conn *conn, const char *name, const char *query, int parameter_count) {
    return pq.prepare(conn, name, query, parameter_count, NULL);
}

alih_pq_result *alih_pq_exec_prepared(
    alih_pq_conn *conn, const char *name, int parameter_count, const char *const *values) {
    return pq.exec_prepared(conn, name, parameter_count, values, NULL, NULL, 0);
}

int alih_pq_result_status(const alih_pq_result *result) { return pq.result_status(result); }
const char *alih_pq_result_error_field(const alih_pq_result *result, int code) {
    return pq.result_error_field(result, code);
}
int alih_pq_ntuples(const alih_pq_result *result) { return pq.ntuples(result); }
int alih_pq_nfields(const alih_pq_result *result) { return pq.nfields(result); }
int alih_pq_getisnull(const alih_pq_result *result, int row, int column) {
    return pq.getisnull(result, row, column);
}
const char *alih_pq_getvalue(const alih_pq_result *result, int row, int column) {
    return pq.getvalue(result, row, column);
}
void alih_pq_clear(alih_pq_result *result) { pq.clear(result); }
