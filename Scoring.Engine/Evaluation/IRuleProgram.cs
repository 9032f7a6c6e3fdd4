namespace Scoring.Engine.Evaluation;

/// <summary>A criteria version compiled to executable rules over a <see cref="FactSheet"/>.</summary>
public interface IRuleProgram
{
    /// <summary>The layout the rules were compiled against.</summary>
    SheetLayout Layout { get; }

    /// <summary>Runs every non-formula item rule that is switched on, writing raw points to <see cref="FactSheet.R"/>.</summary>
    /// <exception cref="RuleFailedException">A rule threw.</exception>
    void ScoreItems(FactSheet sheet);

    /// <summary>Runs every formula item rule that is switched on (after item points are known).</summary>
    /// <exception cref="RuleFailedException">A rule threw.</exception>
    void ScoreFormulas(FactSheet sheet);

    /// <summary>Tests every cap and eligibility condition (after the total is known), writing <see cref="FactSheet.C"/>.</summary>
    /// <exception cref="RuleFailedException">A rule threw.</exception>
    void TestConditions(FactSheet sheet);
}
