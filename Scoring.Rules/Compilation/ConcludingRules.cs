using System.Linq.Expressions;
using System.Reflection;
using NRules.RuleModel;
using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using static System.Linq.Expressions.Expression;

namespace Scoring.Rules.Compilation;

/// <summary>The rules from item points to the class, after the item rules (60) and formula rules (50) in the same session, ordered by priority: a rule per section subtotal (40), the tree
/// total (30), its rescaling for the groups that rescale (25), the bonus and deduction blocks with their caps (30), the rounded total (20), which inserts the
/// <see cref="ConcludedTotal"/> (linked to its activation, so it leaves with the sheet) that the class bands match, and every cap and eligibility condition (10). Sums run in code order
/// (<see cref="SumOrder"/>) so that decimals come out exactly as the reference's.</summary>
internal sealed class ConcludingRules(CriteriaVersion version, RuleBook book, ParameterExpression sheet, RuleShapes shapes, TreeBuilder trees)
{
    private static readonly MethodInfo MinMethod = typeof(Math).GetMethod(nameof(Math.Min), [typeof(decimal), typeof(decimal)])!;
    private static readonly MethodInfo MaxMethod = typeof(Math).GetMethod(nameof(Math.Max), [typeof(decimal), typeof(decimal)])!;
    private static readonly MethodInfo RoundMethod = typeof(Rounding).GetMethod(nameof(Rounding.Apply))!;
    private static readonly MethodInfo InsertMethod = typeof(IContext).GetMethod(nameof(IContext.InsertLinked), [typeof(object), typeof(object)])!;
    private readonly SumOrder _order = new(version);

    public IEnumerable<IRuleDefinition> Build()
    {
        var rounding = version.Rounding;
        for (var s = 0; s < version.Sections.Count; s++)
        {
            yield return shapes.OnSheet(book.FirstSection + s, Index(nameof(FactSheet.SectionOn), s), Section(s), priority: 40);
        }
        // Every concluding rule but a section's waits for an assessed agency (a section's own condition already says so).
        var assessed = Not(Prop(nameof(FactSheet.NotAssessed)));
        yield return shapes.OnSheet(book.Tree, assessed, Tree(), priority: 30);
        if (version.Groups.Any(version.Rescales))
        {
            // Only agencies of a group that rescales (bound on the sheet); the target is always the version's scale.
            var applicable = Prop(nameof(FactSheet.ApplicableMax));
            var scale = Constant(version.Scale);
            yield return shapes.OnSheet(book.Rescaling, AndAlso(assessed, Prop(nameof(FactSheet.Rescales))), IfThen(
                AndAlso(GreaterThan(applicable, Constant(0m)), NotEqual(applicable, scale)),
                Block(Assign(Prop(nameof(FactSheet.Rescaled)), Divide(Multiply(Prop(nameof(FactSheet.Tree)), scale), applicable)), RuleShapes.Mark(sheet, book.Rescaling))),
                priority: 25, marks: false);
        }
        yield return shapes.OnSheet(book.Bonus, assessed, PointBlock(version.Bonus, _order.Bonus, nameof(FactSheet.BonusSum), nameof(FactSheet.Bonus)), priority: 30);
        yield return shapes.OnSheet(book.Deductions, assessed, PointBlock(version.Deductions, _order.Deductions, nameof(FactSheet.DeductionSum), nameof(FactSheet.Deductions)), priority: 30);
        var before = Prop(nameof(FactSheet.BeforeRounding));
        yield return shapes.OnSheet(book.Total, assessed, Block(
            Assign(before, Call(MaxMethod, Constant(0m), Subtract(Add(Prop(nameof(FactSheet.Rescaled)), Prop(nameof(FactSheet.Bonus))), Prop(nameof(FactSheet.Deductions))))),
            Assign(Prop(nameof(FactSheet.Total)), Round(before, rounding.TotalStep)),
            Call(shapes.Context, InsertMethod, Constant(nameof(ConcludedTotal), typeof(object)), New(typeof(ConcludedTotal).GetConstructor([typeof(FactSheet)])!, sheet))), priority: 20);
        var conditions = version.Caps.Concat(version.Eligibility).ToList();
        for (var j = 0; j < conditions.Count; j++)
        {
            yield return shapes.OnSheet(book.FirstCondition + j, assessed,
                Assign(ArrayAccess(Prop(nameof(FactSheet.C)), Constant(j)), trees.Condition(conditions[j].Condition)), priority: 10);
        }
        // A band takes the totals it contains that no earlier band contains (the first band that contains a total is its class); a group
        // with its own thresholds is matched on them.
        var total = Parameter(typeof(ConcludedTotal), "t");
        var value = Property(total, nameof(ConcludedTotal.Value));
        var group = Property(Property(total, nameof(ConcludedTotal.Sheet)), nameof(FactSheet.Group));
        Expression earlier = Constant(false);
        for (var b = 0; b < version.Classes.Count; b++)
        {
            Expression contains = Contains(version.Classes[b], value);
            for (var g = version.Groups.Count - 1; g >= 0; g--)
            {
                if (version.Groups[g].Classes is { } own)
                {
                    contains = Condition(Equal(group, Constant(g)), Contains(own[b], value), contains);
                }
            }
            var band = b;
            yield return shapes.OnFact<ConcludedTotal>(book.FirstBand + b, total, AndAlso(contains, Not(earlier)),
                on => Assign(Property(on, nameof(FactSheet.Band)), Constant(band)), fact => Property(fact, nameof(ConcludedTotal.Sheet)));
            earlier = OrElse(earlier, contains);
        }
    }

    /// <summary>A section's sum and counted maximum over the items that count, capped at the section's maximum and rounded.</summary>
    private BlockExpression Section(int s)
    {
        var section = version.Sections[s];
        var sum = Variable(typeof(decimal), "sum");
        var max = Variable(typeof(decimal), "max");
        var body = new List<Expression> { Assign(sum, Constant(0m)), Assign(max, Constant(0m)) };
        foreach (var i in _order.SectionItems[s])
        {
            body.Add(IfThen(OrElse(Index(nameof(FactSheet.On), i), Index(nameof(FactSheet.Missing), i)), Block(
                Assign(sum, Add(sum, Index(nameof(FactSheet.P), i))),
                Assign(max, Add(max, Constant(version.AllItems[i].Max))))));
        }
        body.Add(Assign(ArrayAccess(Prop(nameof(FactSheet.SectionSum)), Constant(s)), sum));
        body.Add(Assign(ArrayAccess(Prop(nameof(FactSheet.SectionMax)), Constant(s)), Call(MinMethod, Constant(section.Max), max)));
        body.Add(Assign(ArrayAccess(Prop(nameof(FactSheet.SectionPoints)), Constant(s)), Round(Call(MinMethod, sum, Constant(section.Max)), version.Rounding.SectionStep)));
        return Block([sum, max], body);
    }

    /// <summary>The sections' subtotals and maxima added in code order; the rescaled total starts as the tree total.</summary>
    private BlockExpression Tree()
    {
        var tree = Variable(typeof(decimal), "tree");
        var max = Variable(typeof(decimal), "max");
        var body = new List<Expression> { Assign(tree, Constant(0m)), Assign(max, Constant(0m)) };
        foreach (var s in _order.SectionsByCode)
        {
            body.Add(IfThen(Index(nameof(FactSheet.SectionOn), s), Block(
                Assign(tree, Add(tree, Index(nameof(FactSheet.SectionPoints), s))),
                Assign(max, Add(max, Index(nameof(FactSheet.SectionMax), s))))));
        }
        body.Add(Assign(Prop(nameof(FactSheet.Tree)), tree));
        body.Add(Assign(Prop(nameof(FactSheet.ApplicableMax)), max));
        body.Add(Assign(Prop(nameof(FactSheet.Rescaled)), tree));
        return Block([tree, max], body);
    }

    /// <summary>A bonus or deduction block: the sum of its items that apply, capped at the block's maximum.</summary>
    private BlockExpression PointBlock(PointBlock block, int[] items, string sumName, string pointsName)
    {
        var sum = Variable(typeof(decimal), "sum");
        var body = new List<Expression> { Assign(sum, Constant(0m)) };
        body.AddRange(items.Select(i => IfThen(Index(nameof(FactSheet.On), i), Assign(sum, Add(sum, Index(nameof(FactSheet.P), i))))));
        body.Add(Assign(Prop(sumName), sum));
        body.Add(Assign(Prop(pointsName), Call(MinMethod, sum, Constant(block.Max))));
        return Block([sum], body);
    }

    private static BinaryExpression Contains(ClassBand band, Expression total)
    {
        var from = GreaterThanOrEqual(total, Constant(band.From));
        return band.To is { } to ? AndAlso(from, LessThan(total, Constant(to))) : from;
    }

    private MethodCallExpression Round(Expression value, decimal? step) =>
        Call(RoundMethod, value, Constant(step, typeof(decimal?)), Constant(version.Rounding.Mode));

    private MemberExpression Prop(string name) => Property(sheet, name);

    private BinaryExpression Index(string array, int index) => ArrayIndex(Property(sheet, array), Constant(index));
}

/// <summary>The linked fact the total rule inserts once the total is known; the class bands match on its value.</summary>
public sealed class ConcludedTotal(FactSheet sheet)
{
    /// <summary>The sheet whose total this is.</summary>
    public FactSheet Sheet { get; } = sheet;

    /// <summary>The final total.</summary>
    public decimal Value => Sheet.Total;
}
