using Scoring.Engine.Criteria;
using Scoring.Engine.Expressions;
using Scoring.Engine.Kinds;

namespace Scoring.Engine.Evaluation;

/// <summary>A hand-written scorer of the same semantics as the compiled rules, straight from the kinds and an expression
/// interpreter: the oracle the compiled rules are tested against and the baseline the benchmark measures them by.</summary>
public sealed class ReferenceProgram : IRuleProgram
{
    private readonly CriteriaVersion version;
    private readonly ReferenceTotals _totals;
    private readonly RuleReads?[] _reads;

    /// <summary>Prepares the hand-written program of a version.</summary>
    public ReferenceProgram(CriteriaVersion version)
    {
        this.version = version;
        Layout = new SheetLayout(version);
        _totals = new ReferenceTotals(version, Layout.Rules);
        _reads = [.. version.AllItems.Select(i => i.Kind is FormulaKind f ? RuleReads.Of(f.Expression, Layout) : null)];
    }

    /// <inheritdoc/>
    public SheetLayout Layout { get; }

    /// <inheritdoc/>
    public void Run(FactSheet sheet)
    {
        if (sheet.NotAssessed)
        {
            sheet.Fired[Layout.Rules.NotAssessed] = true;
            return;
        }
        Score(sheet, formulas: false);
        Score(sheet, formulas: true);
        _totals.Conclude(sheet, c => Eval(c.Condition, sheet) != 0m);
    }

    /// <inheritdoc/>
    public RuleReads? Reads(int item) => _reads[item];

    /// <inheritdoc/>
    public IReadOnlyList<AgencyResult> ApplyQuotas(IReadOnlyList<AgencyResult> results) => Ranking.Quotas.Apply(version, results);

    private void Score(FactSheet sheet, bool formulas)
    {
        var items = version.AllItems;
        for (var i = 0; i < items.Count; i++)
        {
            if (!sheet.On[i] || items[i].Kind is FormulaKind != formulas)
            {
                continue;
            }
            var v = sheet.V[Layout.AnswerSlots[i]];
            var max = items[i].Max;
            var raw = sheet.R[i] = sheet.Awarded[i] ? 0m : items[i].Kind switch
            {
                JudgmentKind => v,
                YesNoKind => v != 0m ? max : 0m,
                CountKind c => Math.Min(max, v * c.Unit),
                DeductPerKind d => Math.Max(0m, max - v * d.Per),
                TiersKind t => t.PointsFor(v),
                LevelsKind l => Math.Min(l.Levels[(int)v].Max, sheet.V[Layout.AnswerSlots[i] + 1]),
                FormulaKind f => Eval(f.Expression, sheet),
                _ => throw new InvalidOperationException(),
            };
            var kept = raw < 0m || raw > max ? Math.Clamp(raw, 0m, max) : raw;
            var rounding = version.Rounding;
            sheet.Self[i] = rounding.ItemStep is null ? kept : Rounding.Apply(kept, rounding.ItemStep, rounding.Mode);
            sheet.P[i] = sheet.Appraised[i] ? sheet.AppraisedPoints[i] : sheet.Self[i];
            sheet.Fired[i] = true;
        }
    }

    /// <summary>Evaluates an expression; conditions give 1 or 0.</summary>
    // Not an ExprFold: a fold evaluates every argument, and if(...) must evaluate only the branch it takes (the other may divide by zero).
    private decimal Eval(Expr e, FactSheet s) => e switch
    {
        NumberExpr n => n.Value,
        InputExpr i when Layout.IsBoolean(i.Code) => s.V[Layout.InputSlot(i.Code)] != 0m ? 1m : 0m,
        InputExpr i => s.V[Layout.InputSlot(i.Code)],
        ItemPointsExpr p => s.P[Layout.ItemIndex(p.ItemCode)],
        TotalExpr => s.Total,
        UnaryExpr { Op: "-" } u => -Eval(u.Operand, s),
        UnaryExpr u => Eval(u.Operand, s) == 0m ? 1m : 0m,
        BinaryExpr b => Binary(b.Op, Eval(b.Left, s), Eval(b.Right, s)),
        CallExpr { Function: "if" } c => Eval(c.Args[0], s) != 0m ? Eval(c.Args[1], s) : Eval(c.Args[2], s),
        CallExpr { Function: "min" } c => Math.Min(Eval(c.Args[0], s), Eval(c.Args[1], s)),
        CallExpr { Function: "max" } c => Math.Max(Eval(c.Args[0], s), Eval(c.Args[1], s)),
        CallExpr { Function: "abs" } c => Math.Abs(Eval(c.Args[0], s)),
        CallExpr { Function: "round" } c => Math.Round(Eval(c.Args[0], s), (int)Eval(c.Args[1], s), MidpointRounding.AwayFromZero),
        _ => throw new InvalidOperationException(e.ToString()),
    };

    private static decimal Binary(string op, decimal l, decimal r) => op switch
    {
        "+" => l + r,
        "-" => l - r,
        "*" => l * r,
        "/" => l / r,
        "<" => l < r ? 1m : 0m,
        "<=" => l <= r ? 1m : 0m,
        ">" => l > r ? 1m : 0m,
        ">=" => l >= r ? 1m : 0m,
        "==" => l == r ? 1m : 0m,
        "!=" => l != r ? 1m : 0m,
        "and" => l != 0m && r != 0m ? 1m : 0m,
        "or" => l != 0m || r != 0m ? 1m : 0m,
        _ => throw new InvalidOperationException(op),
    };
}
