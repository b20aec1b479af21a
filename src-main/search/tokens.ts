// The index's tokenisation lives in src-shared (the reader marks query words the same way); main keeps
// importing it from here.
export { foldPiece, isCjkToken, isPlainWhenLower, piecesOf, prefixEnd, tokensOf } from '../../src-shared/search/tokens';
