// One HTTP exchange through libcurl, loaded on first use; see include/CCurl.h for why.
#include "CCurl.h"

#include <curl/curl.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static struct {
    CURL *(*easy_init)(void);
    CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
    CURLcode (*easy_perform)(CURL *);
    CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
    void (*easy_cleanup)(CURL *);
    const char *(*easy_strerror)(CURLcode);
    struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
    void (*slist_free_all)(struct curl_slist *);
    CURLcode (*global_init)(long);
} curl;
static int loaded;
static char load_failure[200];
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void load(void) {
    void *library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        const char *reason = dlerror();
        snprintf(load_failure, sizeof load_failure, "%s", reason ? reason : "libcurl.so.4 could not be loaded");
        return;
    }
#define RESOLVE(field, symbol) \
    if ((*(void **)&curl.field = dlsym(library, symbol)) == NULL) { \
        snprintf(load_failure, sizeof load_failure, "libcurl.so.4 has no function %s", symbol); \
        return; \
    }
    RESOLVE(easy_init, "curl_easy_init")
    RESOLVE(easy_setopt, "curl_easy_setopt")
    RESOLVE(easy_perform, "curl_easy_perform")
    RESOLVE(easy_getinfo, "curl_easy_getinfo")
    RESOLVE(easy_cleanup, "curl_easy_cleanup")
    RESOLVE(easy_strerror, "curl_easy_strerror")
    RESOLVE(slist_append, "curl_slist_append")
    RESOLVE(slist_free_all, "curl_slist_free_all")
    RESOLVE(global_init, "curl_global_init")
#undef RESOLVE
    // Not thread-safe in old libcurls: done once, here, before any handle exists.
    if (curl.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
        snprintf(load_failure, sizeof load_failure, "libcurl could not initialise");
        return;
    }
    loaded = 1;
}

typedef struct Buffer {
    unsigned char *bytes;
    size_t length, capacity;
    int failed;
} Buffer;

static size_t append(char *data, size_t size, size_t count, void *context) {
    Buffer *buffer = context;
    size_t length = size * count;
    if (buffer->length + length + 1 > buffer->capacity) {
        size_t capacity = buffer->capacity ? buffer->capacity : 4096;
        while (capacity < buffer->length + length + 1) capacity *= 2;
        unsigned char *grown = realloc(buffer->bytes, capacity);
        if (grown == NULL) {
            buffer->failed = 1;
            return 0;  // curl stops with CURLE_WRITE_ERROR
        }
        buffer->bytes = grown;
        buffer->capacity = capacity;
    }
    memcpy(buffer->bytes + buffer->length, data, length);
    buffer->length += length;
    buffer->bytes[buffer->length] = 0;
    return length;
}

static PFHTTPOutcome outcome_of(CURLcode code) {
    switch (code) {
    case CURLE_OK: return PF_HTTP_OK;
    case CURLE_OPERATION_TIMEDOUT: return PF_HTTP_TIMED_OUT;
    case CURLE_COULDNT_CONNECT: return PF_HTTP_REFUSED;
    case CURLE_COULDNT_RESOLVE_HOST: case CURLE_COULDNT_RESOLVE_PROXY: return PF_HTTP_NO_HOST;
    case CURLE_SSL_CONNECT_ERROR: case CURLE_PEER_FAILED_VERIFICATION: case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER: case CURLE_SSL_CACERT_BADFILE: return PF_HTTP_TLS;
    case CURLE_UNSUPPORTED_PROTOCOL: case CURLE_URL_MALFORMAT: return PF_HTTP_BAD_URL;
    case CURLE_GOT_NOTHING: case CURLE_RECV_ERROR: case CURLE_SEND_ERROR: case CURLE_PARTIAL_FILE: return PF_HTTP_LOST;
    default: return PF_HTTP_OTHER;
    }
}

PFHTTPOutcome pf_http_exchange(const char *method, const char *url, const char *const *headers, size_t header_count,
                               const unsigned char *body, size_t body_length, long timeout_ms, PFHTTPResult *result) {
    memset(result, 0, sizeof *result);
    pthread_once(&once, load);
    if (!loaded) {
        snprintf(result->message, sizeof result->message, "%s; install Debian's libcurl4", load_failure);
        return result->outcome = PF_HTTP_NO_LIBRARY;
    }
    CURL *handle = curl.easy_init();
    if (handle == NULL) {
        snprintf(result->message, sizeof result->message, "libcurl could not make a handle (memory)");
        return result->outcome = PF_HTTP_OTHER;
    }
    struct curl_slist *list = NULL;
    for (size_t index = 0; index < header_count; index++) list = curl.slist_append(list, headers[index]);
    // curl would otherwise send "Expect: 100-continue" with a large body and wait for the server.
    list = curl.slist_append(list, "Expect:");

    Buffer received = {0}, header_lines = {0};
    char error[CURL_ERROR_SIZE] = {0};
    curl.easy_setopt(handle, CURLOPT_URL, url);
    curl.easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
    curl.easy_setopt(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl.easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 1L);
    curl.easy_setopt(handle, CURLOPT_MAXREDIRS, 5L);
    curl.easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl.easy_setopt(handle, CURLOPT_TIMEOUT_MS, timeout_ms);
    curl.easy_setopt(handle, CURLOPT_HTTPHEADER, list);
    curl.easy_setopt(handle, CURLOPT_ERRORBUFFER, error);
    curl.easy_setopt(handle, CURLOPT_WRITEFUNCTION, append);
    curl.easy_setopt(handle, CURLOPT_WRITEDATA, &received);
    curl.easy_setopt(handle, CURLOPT_HEADERFUNCTION, append);
    curl.easy_setopt(handle, CURLOPT_HEADERDATA, &header_lines);
    if (body != NULL) {
        curl.easy_setopt(handle, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)body_length);
        curl.easy_setopt(handle, CURLOPT_POSTFIELDS, (const char *)body);
    }
    if (strcmp(method, "GET") == 0) {
        curl.easy_setopt(handle, CURLOPT_HTTPGET, 1L);
    } else if (!(strcmp(method, "POST") == 0 && body != NULL)) {
        curl.easy_setopt(handle, CURLOPT_CUSTOMREQUEST, method);
    }

    CURLcode code = curl.easy_perform(handle);
    long status = 0;
    curl.easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &status);
    curl.easy_cleanup(handle);
    curl.slist_free_all(list);

    result->status = status;
    result->body = received.bytes;
    result->body_length = received.length;
    result->headers = (char *)header_lines.bytes;
    result->headers_length = header_lines.length;
    result->outcome = outcome_of(code);
    if (received.failed || header_lines.failed) {
        result->outcome = PF_HTTP_OTHER;
        snprintf(result->message, sizeof result->message, "out of memory while receiving the response");
    } else if (code != CURLE_OK) {
        snprintf(result->message, sizeof result->message, "%s", error[0] ? error : curl.easy_strerror(code));
    }
    return result->outcome;
}

void pf_http_result_free(PFHTTPResult *result) {
    free(result->body);
    free(result->headers);
    result->body = NULL;
    result->headers = NULL;
}
