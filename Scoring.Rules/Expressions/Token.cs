namespace Scoring.Rules.Expressions;

/// <summary>A lexical token of an expression.</summary>
internal sealed record Token(TokenKind Kind, string Text, int Column, decimal Number = 0m);

/// <summary>Token kinds.</summary>
internal enum TokenKind
{
    Number,
    Name,
    String,
    Symbol,
    End,
}
