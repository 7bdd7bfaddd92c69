/* The machine's stg_* foreign calls for the library's native build (lib/hs/build.sh):
 * program arguments and read-only files below the working directory, with the same
 * results the machine gives (docs/prelude-hs.md). */
#include <stdio.h>
#include <string.h>

extern void getProgArgv(int *argc, char **argv[]);

long stg_arg_count(void) {
    int argc; char **argv;
    getProgArgv(&argc, &argv);
    return argc - 1;
}

long stg_arg_byte(long i, long j) {
    int argc; char **argv;
    getProgArgv(&argc, &argv);
    if (i < 0 || i >= argc - 1 || j < 0) return -1;
    const char *a = argv[i + 1];
    size_t n = strlen(a);
    return (size_t) j < n ? (unsigned char) a[j] : -1;
}

#define MAX_FILES 64
static char path[4096];
static size_t path_len;
static FILE *files[MAX_FILES];

long stg_file_path_byte(long b) {
    if (path_len < sizeof path - 1) path[path_len++] = (char) b;
    return 0;
}

/* A relative path none of whose components is "..". */
static int below_working_directory(const char *p) {
    if (p[0] == '/' || p[0] == '\0') return 0;
    for (const char *c = p; *c; ) {
        const char *end = strchr(c, '/');
        size_t len = end ? (size_t) (end - c) : strlen(c);
        if (len == 2 && c[0] == '.' && c[1] == '.') return 0;
        if (!end) break;
        c = end + 1;
    }
    return 1;
}

long stg_file_open(void) {
    path[path_len] = '\0';
    path_len = 0;
    if (!below_working_directory(path)) return -2;
    for (long h = 0; h < MAX_FILES; h++) {
        if (!files[h]) {
            files[h] = fopen(path, "rb");
            return files[h] ? h : -1;
        }
    }
    return -1;
}

long stg_file_getc(long h) {
    if (h < 0 || h >= MAX_FILES || !files[h]) return -1;
    int c = fgetc(files[h]);
    if (c == EOF) { fclose(files[h]); files[h] = NULL; return -1; }
    return c;
}

/* The native runMainIO's report of an uncaught error (lib/hs-native/GHC/TopHandler.hs). */
long stg_native_stderr_byte(long b) {
    fflush(stdout);
    return fputc((int) b, stderr);
}
