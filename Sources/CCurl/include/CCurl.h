// One HTTP exchange through libcurl, loaded on first use instead of linked.
//
// Linking libcurl (as Foundation's URLSession does on Linux) makes every run of the program load
// it and the 30 libraries it depends on (TLS, Kerberos, LDAP, ...: about 6 ms of start-up on the
// project's machines), although only the language-model client speaks HTTP. So PersonaForge
// opens libcurl.so.4 with dlopen the first time a request is made. curl_easy_setopt is variadic,
// which Swift cannot call through a pointer, so the whole exchange is this one C function.

#ifndef PERSONAFORGE_CCURL_H
#define PERSONAFORGE_CCURL_H

#include <stddef.h>

/// How an exchange ended.
typedef enum PFHTTPOutcome {
    PF_HTTP_OK = 0,          ///< A response arrived (any status).
    PF_HTTP_TIMED_OUT,
    PF_HTTP_REFUSED,         ///< Nothing listens at the address.
    PF_HTTP_NO_HOST,         ///< The host name could not be resolved.
    PF_HTTP_TLS,             ///< TLS failed: certificate or protocol.
    PF_HTTP_BAD_URL,         ///< Not an http(s) URL curl accepts.
    PF_HTTP_LOST,            ///< The connection broke, or the server sent nothing.
    PF_HTTP_NO_LIBRARY,      ///< libcurl.so.4 could not be loaded.
    PF_HTTP_OTHER,
} PFHTTPOutcome;

typedef struct PFHTTPResult {
    PFHTTPOutcome outcome;
    /// The HTTP status of the last response; 0 without one.
    long status;
    /// The body (malloc'd; free with pf_http_result_free).
    unsigned char *body;
    size_t body_length;
    /// Every header line received, as sent, CRLF-separated (malloc'd).
    char *headers;
    size_t headers_length;
    /// curl's (or the loader's) words for a failure.
    char message[256];
} PFHTTPResult;

/// Sends `method` to `url` with `headers` ("Name: value" each) and `body` (may be NULL), waiting at
/// most `timeout_ms` in all. Thread-safe; fills `result` and returns its outcome.
PFHTTPOutcome pf_http_exchange(const char *method, const char *url, const char *const *headers, size_t header_count,
                               const unsigned char *body, size_t body_length, long timeout_ms, PFHTTPResult *result);

void pf_http_result_free(PFHTTPResult *result);

#endif
