/* The machine's stg_* foreign calls for the library's native build (lib/hs/build.sh):
 * program arguments and read-only files below the working directory, with the same
 * results the machine gives (docs/prelude-hs.md). */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

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

/* The machine's bounds are faults (exit status 1), not silent truncation. */
static void fault(const char *message) {
    fflush(stdout);
    fprintf(stderr, "%s\n", message);
    exit(1);
}

long stg_file_path_byte(long b) {
    if (path_len >= sizeof path - 1) fault("stg_file_path_byte: a path longer than 4095 bytes");
    path[path_len++] = (char) b;
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

/* The real path (symbolic links resolved) of an existing file must lie below the real
 * working directory: a link below it may point anywhere. */
long stg_file_open(void) {
    size_t len = path_len;
    path[path_len] = '\0';
    path_len = 0;
    if (!below_working_directory(path) || strlen(path) != len) return -2;
    long h = 0;
    while (h < MAX_FILES && files[h]) h++;
    if (h == MAX_FILES) fault("stg_file_open: 64 files are open already (a file closes when read to its end)");
    char real[PATH_MAX], base[PATH_MAX];
    if (!realpath(path, real) || !realpath(".", base)) return -1;
    size_t n = strlen(base);
    int below = strcmp(base, "/") == 0 || (strncmp(real, base, n) == 0 && (real[n] == '/' || real[n] == '\0'));
    if (!below) return -2;
    struct stat st;
    if (stat(real, &st) != 0 || !S_ISREG(st.st_mode)) return -1;
    files[h] = fopen(real, "rb");
    return files[h] ? h : -1;
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
