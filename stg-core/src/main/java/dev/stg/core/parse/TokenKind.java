package dev.stg.core.parse;

/** The kinds of token of both dialects; each lexer produces only its own subset. */
enum TokenKind {
    VAR, CON, INT, PRIMOP, STRING,
    LET, LETREC, JOIN, JOINREC, IN, CASE, OF, DEFAULT, CCALL, DATA,
    /** ministg's heap-object keywords and its {@code stack} annotation. */
    FUN, THUNK, CON_OBJECT, PAP, ERROR, STACK,
    BACKSLASH, ARROW, FAT_ARROW, EQUALS, SEMI, LPAREN, RPAREN, LBRACE, RBRACE,
    /** {@code data} declarations' constructor separator and pointer field. */
    BAR, STAR,
    EOF
}
