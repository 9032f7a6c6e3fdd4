namespace Scoring.Engine.Evaluation;

/// <summary>A criteria version compiled to executable rules over a <see cref="FactSheet"/>; every rule that fires marks itself in
/// <see cref="FactSheet.Fired"/> (positions of <see cref="SheetLayout.Rules"/>).</summary>
public interface IRuleProgram
{
    /// <summary>The layout the rules were compiled against.</summary>
    SheetLayout Layout { get; }

    /// <summary>Runs every rule on a bound sheet, in order of dependence: not-assessed; each item that is switched on (raw points to
    /// <see cref="FactSheet.R"/>, kept and rounded to <see cref="FactSheet.Self"/>, counted in <see cref="FactSheet.P"/>); each formula
    /// item (reading other items' points); the section subtotals, the tree total and its rescaling, the bonus and deduction blocks, the
    /// rounded total, every cap and eligibility condition (<see cref="FactSheet.C"/>) and the class band (<see cref="FactSheet.Band"/>).</summary>
    /// <exception cref="RuleFailedException">A rule threw.</exception>
    void Run(FactSheet sheet);

    /// <summary>What a formula item's rule reads (null for other kinds, whose rule reads only the item's own answer).</summary>
    RuleReads? Reads(int item);

    /// <summary>A run's results with the version's class quotas applied (the same list when it has none): after bands, caps and
    /// eligibility, class by class from the top, those beyond a quota move to the next class with the reason (<see cref="Ranking.Quotas"/>).</summary>
    IReadOnlyList<AgencyResult> ApplyQuotas(IReadOnlyList<AgencyResult> results);
}
