using System.Globalization;

namespace Scoring.Rules.Expressions;

/// <summary>Splits an expression into tokens; anything outside the small alphabet is an error.</summary>
internal static class Lexer
{
    /// <summary>The largest number a formula may write, as for every number in a criteria file: leaves stay bounded so nothing overflows.</summary>
    internal const decimal MaxLiteral = 1_000_000_000m;

    private static readonly string[] Symbols = ["<=", ">=", "==", "!=", "&&", "||", "+", "-", "*", "/", "(", ")", ",", "<", ">", "!"];

    public static List<Token> Tokenize(string text, List<ExpressionError> errors)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var start = i;
            if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
                {
                    i++;
                }
                var literal = text[start..i];
                if (decimal.TryParse(literal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && literal.Length <= 20 && value <= MaxLiteral)
                {
                    tokens.Add(new Token(TokenKind.Number, literal, start + 1, value));
                }
                else
                {
                    errors.Add(new ExpressionError(start + 1, $"Số \"{literal}\" không hợp lệ hoặc quá lớn (dùng dấu chấm thập phân, tối đa 20 ký tự, không quá 1000000000)."));
                    break;
                }
                continue;
            }
            if (char.IsAsciiLetter(c) || c == '_')
            {
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }
                tokens.Add(new Token(TokenKind.Name, text[start..i], start + 1));
                continue;
            }
            if (c == '"' || c == '\'')
            {
                var end = text.IndexOf(c, i + 1);
                if (end < 0)
                {
                    errors.Add(new ExpressionError(start + 1, "Chuỗi chưa có dấu nháy đóng."));
                    break;
                }
                tokens.Add(new Token(TokenKind.String, text[(i + 1)..end], start + 1));
                i = end + 1;
                continue;
            }
            var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0);
            if (symbol is null)
            {
                var what = c == '.' ? "dấu chấm (truy cập thành viên không được phép)" : $"ký tự '{c}'";
                errors.Add(new ExpressionError(start + 1, $"Không được dùng {what} trong biểu thức."));
                break;
            }
            tokens.Add(new Token(TokenKind.Symbol, symbol, start + 1));
            i += symbol.Length;
        }
        tokens.Add(new Token(TokenKind.End, "", text.Length + 1));
        return tokens;
    }
}
