using Scoring.Engine.Criteria;
using Scoring.Engine.Expressions;

namespace Scoring.Rules.Expressions;

/// <summary>Names: inputs, <c>tong_diem</c>, allowed functions and <c>diem("code")</c>; anything else is refused here.</summary>
public sealed partial class ExpressionParser
{
    private (Expr, ExprType) Name(Token token, int depth)
    {
        var name = token.Text;
        if (Peek.Kind == TokenKind.Symbol && Peek.Text == "(")
        {
            return Call(token, depth);
        }
        if (name == "tong_diem")
        {
            if (!_context.AllowTotal)
            {
                _errors.Add(new ExpressionError(token.Column, "\"tong_diem\" chỉ dùng được trong điều kiện (caps, eligibility), không dùng trong công thức."));
                throw new AbortException();
            }
            return (new TotalExpr(), ExprType.Number);
        }
        if (name is "true" or "false")
        {
            return (new BinaryExpr(name == "true" ? "==" : "!=", new NumberExpr(0m), new NumberExpr(0m)), ExprType.Condition);
        }
        if (_context.Inputs.TryGetValue(name, out var type))
        {
            return (new InputExpr(name), type == InputType.Boolean ? ExprType.Condition : ExprType.Number);
        }
        var known = _context.Inputs.Count == 0 ? "(chưa khai báo số liệu nào trong inputs)" : string.Join(", ", _context.Inputs.Keys.Order(StringComparer.Ordinal));
        _errors.Add(new ExpressionError(token.Column, $"Tên \"{name}\" không phải số liệu đã khai báo trong inputs; các số liệu đã khai báo: {known}."));
        throw new AbortException();
    }

    private (Expr, ExprType) Call(Token token, int depth)
    {
        var name = token.Text;
        if (!Functions.Contains(name))
        {
            _errors.Add(new ExpressionError(token.Column, $"Hàm \"{name}\" không được phép; chỉ dùng: {string.Join(", ", Functions)}."));
            throw new AbortException();
        }
        Expect("(");
        if (name == "diem")
        {
            return ItemPoints(token);
        }
        var args = new List<(Expr, ExprType, int)>();
        do
        {
            var column = Peek.Column;
            var (arg, type) = Or(depth + 1);
            args.Add((arg, type, column));
        }
        while (Accept(","));
        Expect(")");
        var arity = name switch { "abs" => 1, "if" => 3, _ => 2 };
        if (args.Count != arity)
        {
            _errors.Add(new ExpressionError(token.Column, $"Hàm \"{name}\" cần {arity} tham số, nhưng có {args.Count}."));
            throw new AbortException();
        }
        if (name == "if")
        {
            Require(args[0].Item2, ExprType.Condition, args[0].Item3, "Tham số thứ nhất của if");
            if (args[1].Item2 != args[2].Item2)
            {
                _errors.Add(new ExpressionError(args[2].Item3, "Hai nhánh của if phải cùng kiểu (cùng là số hoặc cùng là điều kiện)."));
                throw new AbortException();
            }
            return (new CallExpr(name, [args[0].Item1, args[1].Item1, args[2].Item1]), args[1].Item2);
        }
        foreach (var (_, type, column) in args)
        {
            Require(type, ExprType.Number, column, $"Hàm \"{name}\"");
        }
        if (name == "round" && args[1].Item1 is not NumberExpr { Value: >= 0m and <= 10m } digits | (args[1].Item1 is NumberExpr n && n.Value != decimal.Truncate(n.Value)))
        {
            _errors.Add(new ExpressionError(args[1].Item3, "Tham số thứ hai của round phải là số chữ số thập phân, một số nguyên từ 0 đến 10."));
            throw new AbortException();
        }
        return (new CallExpr(name, [.. args.Select(a => a.Item1)]), ExprType.Number);
    }

    private (Expr, ExprType) ItemPoints(Token token)
    {
        var code = Peek;
        if (code.Kind != TokenKind.String)
        {
            Fail("diem(...) cần mã tiêu chí trong dấu nháy, ví dụ: diem(\"I.1\").");
        }
        _position++;
        Expect(")");
        if (!_context.ItemCodes.Contains(code.Text))
        {
            _errors.Add(new ExpressionError(code.Column, $"Mã tiêu chí \"{code.Text}\" không có trong bộ tiêu chí."));
            throw new AbortException();
        }
        if (code.Text == _context.SelfCode)
        {
            _errors.Add(new ExpressionError(code.Column, $"Công thức của mục {code.Text} tham chiếu chính nó."));
            throw new AbortException();
        }
        if (_context.SelfCode is not null && _context.FormulaItemCodes.Contains(code.Text))
        {
            _errors.Add(new ExpressionError(code.Column, $"Công thức không được tham chiếu mục {code.Text} cũng tính bằng công thức."));
            throw new AbortException();
        }
        return (new ItemPointsExpr(code.Text), ExprType.Number);
    }
}
