#include <glib.h>
// glibc's allocator settings (mallopt), for ProcessMemory; Swift's Glibc module leaves them out.
#include <malloc.h>
