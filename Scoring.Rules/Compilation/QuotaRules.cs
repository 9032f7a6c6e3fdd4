using System.Linq.Expressions;
using NRules;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Ranking;
using static System.Linq.Expressions.Expression;

namespace Scoring.Rules.Compilation;

/// <summary>A version's class quotas as NRules rules over a run: one rule <c>quota:&lt;class&gt;</c> per class with a quota, matching each
/// scope's quota (<see cref="QuotaScope"/>) with the agencies placed in the class in that scope (collected) when they are more than the
/// limit; its action moves those beyond the limit, by total, to the next class. Higher classes fire first, so a class's rule sees the
/// agencies moved into it. The limit of each scope is counted before any quota moves anyone (<see cref="Quotas.Basis"/>).</summary>
internal sealed class QuotaRules
{
    private readonly CriteriaVersion _version;
    private readonly ISessionFactory _factory;

    private QuotaRules(CriteriaVersion version, ISessionFactory factory, IReadOnlyList<string> names)
    {
        _version = version;
        _factory = factory;
        RuleNames = names;
    }

    /// <summary>The rules' names (<c>quota:&lt;class&gt;</c>), as the reasons they give name them.</summary>
    public IReadOnlyList<string> RuleNames { get; }

    /// <summary>The quota rules of a version, or null when it has no quota.</summary>
    public static QuotaRules? Compile(CriteriaVersion version, NRules.RuleCompiler compiler)
    {
        var classes = version.Classes;
        var rules = new List<IRuleDefinition>();
        for (var k = 0; k < classes.Count - 1; k++)
        {
            if (classes[k].Quota is not null)
            {
                rules.Add(Rule(classes[k].Name, k, classes.Count - k));
            }
        }
        return rules.Count == 0 ? null : new QuotaRules(version, compiler.Compile(rules), [.. rules.Select(r => r.Name)]);
    }

    private static IRuleDefinition Rule(string name, int k, int priority)
    {
        var rule = new RuleBuilder();
        rule.Name("quota:" + name);
        rule.Priority(priority);
        var lhs = rule.LeftHandSide();
        var q = Parameter(typeof(QuotaScope), "q");
        lhs.Pattern(typeof(QuotaScope), q.Name!).Condition(Lambda(Equal(Property(q, nameof(QuotaScope.Class)), Constant(k)), q));
        var members = Parameter(typeof(IEnumerable<Placed>), "members");
        var collected = lhs.Pattern(typeof(IEnumerable<Placed>), members.Name!);
        var aggregate = collected.Aggregate();
        aggregate.Collect();
        var p = Parameter(typeof(Placed), "p");
        var group = Property(q, nameof(QuotaScope.Group));
        aggregate.Pattern(typeof(Placed), p.Name!).Condition(Lambda(AndAlso(
            Equal(Property(p, nameof(Placed.Class)), Constant(k)),
            OrElse(Equal(group, Constant(null, typeof(string))), Equal(Property(p, nameof(Placed.Group)), group))), p, q));
        var count = typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Count) && m.GetParameters().Length == 1).MakeGenericMethod(typeof(Placed));
        collected.Condition(Lambda(GreaterThan(Call(count, members), Property(q, nameof(QuotaScope.Limit))), members, q));
        var ctx = Parameter(typeof(IContext), "ctx");
        rule.RightHandSide().Action(Lambda(Call(typeof(QuotaRules).GetMethod(nameof(MoveDown))!, ctx, q, members), ctx, q, members));
        return rule.Build();
    }

    /// <summary>The action: the members by total (then code); those beyond the limit (moved to the edge of a tie as the quota says)
    /// go one class down, each noting its place.</summary>
    public static void MoveDown(IContext ctx, QuotaScope q, IEnumerable<Placed> members)
    {
        var list = members.OrderByDescending(m => m.Total).ThenBy(m => m.Code, StringComparer.Ordinal).ToList();
        var keep = Quotas.Boundary([.. list.Select(m => m.Total)], q.Limit, q.TiesIn);
        for (var j = keep; j < list.Count; j++)
        {
            list[j].Class = q.Class + 1;
            list[j].Moves.Add(new Move(q, j + 1));
            ctx.Update(list[j]);
        }
    }

    /// <summary>Applies the quotas to a run's results in one session.</summary>
    public IReadOnlyList<AgencyResult> Apply(IReadOnlyList<AgencyResult> results)
    {
        var classes = _version.Classes;
        var placed = new List<Placed>();
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i] is { Status: AgencyStatus.Classified, ClassName: { } name })
            {
                placed.Add(new Placed(i, results[i].Group, results[i].Total, results[i].AgencyCode, _version.ClassIndex(name)));
            }
        }
        var scopes = new List<QuotaScope>();
        for (var k = 0; k < classes.Count - 1; k++)
        {
            if (classes[k].Quota is not { } quota)
            {
                continue;
            }
            foreach (var scope in Quotas.Scopes(_version, quota, results.Count, i => results[i].Group))
            {
                var basis = Quotas.Basis(quota, results, scope);
                var group = quota.OfAll || _version.Ranking.Within == RankingScope.All ? null : results[scope[0]].Group;
                scopes.Add(new QuotaScope(k, group, quota.Limit(basis), basis, quota.TiesIn));
            }
        }
        var session = _factory.CreateSession();
        session.InsertAll(scopes);
        session.InsertAll(placed);
        session.Fire();
        var current = results.ToArray();
        foreach (var agency in placed)
        {
            foreach (var move in agency.Moves)
            {
                var k = move.Scope.Class;
                current[agency.Index] = Quotas.Demote(current[agency.Index], classes[k], classes[k + 1], classes[k].Quota!, move.Scope.Limit, move.Scope.Basis, move.Position);
            }
        }
        return current;
    }
}

/// <summary>A classified agency of a run, in the class it holds now.</summary>
public sealed class Placed(int index, string group, decimal total, string code, int @class)
{
    /// <summary>Its position in the run's results.</summary>
    public int Index { get; } = index;

    /// <summary>Its group.</summary>
    public string Group { get; } = group;

    /// <summary>Its total.</summary>
    public decimal Total { get; } = total;

    /// <summary>Its code (the tie-breaker of the order within a class).</summary>
    public string Code { get; } = code;

    /// <summary>The class it holds (its position in the version), lowered by quotas.</summary>
    public int Class { get; set; } = @class;

    /// <summary>Every move down a quota made, in order.</summary>
    public List<Move> Moves { get; } = [];
}

/// <summary>One scope's quota on one class: the group (null for all agencies), the limit, what it is a share of, and the tie rule.</summary>
public sealed record QuotaScope(int Class, string? Group, int Limit, int Basis, bool TiesIn);

/// <summary>A move down by a quota: the scope's quota and the agency's place among the class's members.</summary>
public sealed record Move(QuotaScope Scope, int Position);
