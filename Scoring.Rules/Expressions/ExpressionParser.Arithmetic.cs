using Scoring.Engine.Expressions;

namespace Scoring.Rules.Expressions;

/// <summary>Comparisons, arithmetic, unary minus and primaries (numbers, brackets, names).</summary>
public sealed partial class ExpressionParser
{
    private (Expr, ExprType) Comparison(int depth)
    {
        var (left, type) = Additive(depth);
        if (Peek.Kind == TokenKind.Symbol && Peek.Text is "<" or "<=" or ">" or ">=" or "==" or "!=")
        {
            var op = Peek.Text;
            var column = Peek.Column;
            _position++;
            var (right, rtype) = Additive(depth);
            Require(type, ExprType.Number, column, $"Phép so sánh \"{op}\"");
            Require(rtype, ExprType.Number, column, $"Phép so sánh \"{op}\"");
            return (new BinaryExpr(op, left, right), ExprType.Condition);
        }
        return (left, type);
    }

    private (Expr, ExprType) Additive(int depth)
    {
        var (left, type) = Multiplicative(depth);
        while (Peek.Kind == TokenKind.Symbol && Peek.Text is "+" or "-")
        {
            var op = Peek.Text;
            var column = Peek.Column;
            _position++;
            var (right, rtype) = Multiplicative(depth);
            Require(type, ExprType.Number, column, $"Phép \"{op}\"");
            Require(rtype, ExprType.Number, column, $"Phép \"{op}\"");
            left = new BinaryExpr(op, left, right);
        }
        return (left, type);
    }

    private (Expr, ExprType) Multiplicative(int depth)
    {
        var (left, type) = Unary(depth);
        while (Peek.Kind == TokenKind.Symbol && Peek.Text is "*" or "/")
        {
            var op = Peek.Text;
            var column = Peek.Column;
            _position++;
            var (right, rtype) = Unary(depth);
            Require(type, ExprType.Number, column, $"Phép \"{op}\"");
            Require(rtype, ExprType.Number, column, $"Phép \"{op}\"");
            left = new BinaryExpr(op, left, right);
        }
        return (left, type);
    }

    private (Expr, ExprType) Unary(int depth)
    {
        var column = Peek.Column;
        if (Peek.Kind == TokenKind.Symbol && Accept("-"))
        {
            var (operand, type) = Unary(depth + 1);
            Require(type, ExprType.Number, column, "Dấu \"-\"");
            return (new UnaryExpr("-", operand), ExprType.Number);
        }
        return Primary(depth);
    }

    private (Expr, ExprType) Primary(int depth)
    {
        var token = Peek;
        switch (token.Kind)
        {
            case TokenKind.Number:
                _position++;
                return (new NumberExpr(token.Number), ExprType.Number);
            case TokenKind.Symbol when token.Text == "(":
                _position++;
                var inner = Or(depth + 1);
                Expect(")");
                return inner;
            case TokenKind.Name:
                _position++;
                return Name(token, depth);
            default:
                Fail(token.Kind == TokenKind.End ? "Biểu thức kết thúc đột ngột." : $"Không thể bắt đầu bằng \"{token.Text}\".");
                return default;
        }
    }
}
