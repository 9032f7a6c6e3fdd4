using Scoring.Engine.Expressions;
using Xunit;

namespace Scoring.Engine.Tests;

public class ExprFoldTests
{
    // min(a * 2, diem("I.1")) + if(not b, -tong_diem, 3)
    private static readonly Expr Sample = new BinaryExpr("+",
        new CallExpr("min", [new BinaryExpr("*", new InputExpr("a"), new NumberExpr(2m)), new ItemPointsExpr("I.1")]),
        new CallExpr("if", [new UnaryExpr("not", new InputExpr("b")), new UnaryExpr("-", new TotalExpr()), new NumberExpr(3m)]));

    [Fact]
    public void Leaves_EveryKindOfNode_VisitedLeftToRightNoneSkipped()
    {
        var leaves = ExprLeaves.Of(Sample).Select(l => l switch
        {
            InputExpr i => i.Code,
            ItemPointsExpr p => p.ItemCode,
            TotalExpr => "tong_diem",
            NumberExpr n => n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => "?",
        });

        Assert.Equal(["a", "2", "I.1", "b", "tong_diem", "3"], leaves);
    }

    [Fact]
    public void Fold_NodeCount_CountsEveryNodeOnce()
    {
        Assert.Equal(12, new Counter().Fold(Sample));
    }

    private sealed class Counter : ExprFold<int>
    {
        protected override int Number(NumberExpr n) => 1;

        protected override int Input(InputExpr i) => 1;

        protected override int ItemPoints(ItemPointsExpr p) => 1;

        protected override int Total(TotalExpr t) => 1;

        protected override int Unary(UnaryExpr u, int operand) => 1 + operand;

        protected override int Binary(BinaryExpr b, int left, int right) => 1 + left + right;

        protected override int Call(CallExpr c, IReadOnlyList<int> args) => 1 + args.Sum();
    }
}
