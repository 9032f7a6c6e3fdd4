using Scoring.Engine.Criteria;
using Scoring.Engine.Expressions;

namespace Scoring.Rules.Expressions;

/// <summary>Parses an author's formula or condition into a typed <see cref="Expr"/>; the grammar is the allow-list.</summary>
public sealed partial class ExpressionParser
{
    /// <summary>The functions an expression may call.</summary>
    public static readonly IReadOnlyList<string> Functions = ["min", "max", "abs", "round", "if", "diem"];

    private readonly List<Token> _tokens;
    private readonly ExpressionContext _context;
    private readonly List<ExpressionError> _errors;
    private int _position;

    private ExpressionParser(List<Token> tokens, ExpressionContext context, List<ExpressionError> errors)
    {
        _tokens = tokens;
        _context = context;
        _errors = errors;
    }

    /// <summary>Parses <paramref name="text"/>, expecting a value of <paramref name="expected"/> type; returns null with errors when it is not valid.</summary>
    public static Expr? Parse(string text, ExprType expected, ExpressionContext context, out IReadOnlyList<ExpressionError> errors)
    {
        var list = new List<ExpressionError>();
        errors = list;
        if (text.Length > 2000)
        {
            list.Add(new ExpressionError(1, "Biểu thức quá dài (tối đa 2000 ký tự)."));
            return null;
        }
        var tokens = Lexer.Tokenize(text, list);
        if (list.Count > 0)
        {
            return null;
        }
        var parser = new ExpressionParser(tokens, context, list);
        try
        {
            var (expr, type) = parser.Or(0);
            if (parser.Peek.Kind != TokenKind.End)
            {
                parser.Fail($"Thừa \"{parser.Peek.Text}\" ở cuối biểu thức.");
            }
            if (type != expected)
            {
                list.Add(new ExpressionError(1, expected == ExprType.Condition
                    ? "Biểu thức phải là một điều kiện (đúng/sai), ví dụ: diem_nong > 0."
                    : "Biểu thức phải cho ra một số điểm, không phải một điều kiện."));
            }
            return list.Count == 0 ? expr : null;
        }
        catch (AbortException)
        {
            return null;
        }
    }

    private Token Peek => _tokens[_position];

    private bool Accept(string symbol)
    {
        if ((Peek.Kind == TokenKind.Symbol || Peek.Kind == TokenKind.Name) && Peek.Text == symbol)
        {
            _position++;
            return true;
        }
        return false;
    }

    private void Expect(string symbol)
    {
        if (!Accept(symbol))
        {
            Fail($"Cần \"{symbol}\" nhưng gặp \"{(Peek.Kind == TokenKind.End ? "hết biểu thức" : Peek.Text)}\".");
        }
    }

    private void Fail(string message)
    {
        _errors.Add(new ExpressionError(Peek.Column, message));
        throw new AbortException();
    }

    private void Require(ExprType actual, ExprType wanted, int column, string what)
    {
        if (actual != wanted)
        {
            _errors.Add(new ExpressionError(column, wanted == ExprType.Number
                ? $"{what} cần một số, không phải một điều kiện."
                : $"{what} cần một điều kiện (đúng/sai), không phải một số."));
            throw new AbortException();
        }
    }

    private (Expr, ExprType) Or(int depth)
    {
        if (depth > 50)
        {
            Fail("Biểu thức lồng nhau quá sâu.");
        }
        var (left, type) = And(depth);
        while (Peek.Text is "or" or "||" && Peek.Kind != TokenKind.String)
        {
            var column = Peek.Column;
            _position++;
            var (right, rtype) = And(depth);
            Require(type, ExprType.Condition, column, "Phép \"or\"");
            Require(rtype, ExprType.Condition, column, "Phép \"or\"");
            left = new BinaryExpr("or", left, right);
        }
        return (left, type);
    }

    private (Expr, ExprType) And(int depth)
    {
        var (left, type) = Not(depth);
        while (Peek.Text is "and" or "&&" && Peek.Kind != TokenKind.String)
        {
            var column = Peek.Column;
            _position++;
            var (right, rtype) = Not(depth);
            Require(type, ExprType.Condition, column, "Phép \"and\"");
            Require(rtype, ExprType.Condition, column, "Phép \"and\"");
            left = new BinaryExpr("and", left, right);
        }
        return (left, type);
    }

    private (Expr, ExprType) Not(int depth)
    {
        var column = Peek.Column;
        if (Accept("not") || Accept("!"))
        {
            var (operand, type) = Not(depth + 1);
            Require(type, ExprType.Condition, column, "Phép \"not\"");
            return (new UnaryExpr("not", operand), ExprType.Condition);
        }
        return Comparison(depth);
    }

    private sealed class AbortException : Exception;
}
