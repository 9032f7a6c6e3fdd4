namespace Scoring.Engine.Evaluation;

/// <summary>A criteria version compiled to executable rules over a <see cref="FactSheet"/>, run in three stages; every rule that
/// fires marks itself in <see cref="FactSheet.Fired"/> (positions of <see cref="SheetLayout.Rules"/>).</summary>
public interface IRuleProgram
{
    /// <summary>The layout the rules were compiled against.</summary>
    SheetLayout Layout { get; }

    /// <summary>Runs every non-formula item rule that is switched on, writing raw points to <see cref="FactSheet.R"/>, and the
    /// not-assessed rule.</summary>
    /// <exception cref="RuleFailedException">A rule threw.</exception>
    void ScoreItems(FactSheet sheet);

    /// <summary>Runs every formula item rule that is switched on (after item points are known).</summary>
    /// <exception cref="RuleFailedException">A rule threw.</exception>
    void ScoreFormulas(FactSheet sheet);

    /// <summary>From item points to the class: section subtotals, the tree total and its rescaling, the bonus and deduction blocks,
    /// the rounded total, every cap and eligibility condition (<see cref="FactSheet.C"/>) and the class band (<see cref="FactSheet.Band"/>).</summary>
    /// <exception cref="RuleFailedException">A rule threw.</exception>
    void Conclude(FactSheet sheet);

    /// <summary>What a formula item's rule reads (null for other kinds, whose rule reads only the item's own answer).</summary>
    RuleReads? Reads(int item);
}
