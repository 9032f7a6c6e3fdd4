namespace Scoring.Engine.Expressions;

/// <summary>A node of an author's expression (formula or condition), already checked against the allow-list.</summary>
public abstract record Expr;

/// <summary>A decimal literal.</summary>
public sealed record NumberExpr(decimal Value) : Expr;

/// <summary>The value of a declared input.</summary>
public sealed record InputExpr(string Code) : Expr;

/// <summary>The final points of an item: <c>diem("I.1")</c>.</summary>
public sealed record ItemPointsExpr(string ItemCode) : Expr;

/// <summary>The final total (usable only in caps and eligibility conditions): <c>tong_diem</c>.</summary>
public sealed record TotalExpr : Expr;

/// <summary>A unary operator: <c>-</c> or <c>not</c>.</summary>
public sealed record UnaryExpr(string Op, Expr Operand) : Expr;

/// <summary>A binary operator: arithmetic, comparison, <c>and</c>, <c>or</c>.</summary>
public sealed record BinaryExpr(string Op, Expr Left, Expr Right) : Expr;

/// <summary>A call of an allowed function: <c>min</c>, <c>max</c>, <c>abs</c>, <c>round</c>, <c>if</c>.</summary>
public sealed record CallExpr(string Function, IReadOnlyList<Expr> Args) : Expr;
