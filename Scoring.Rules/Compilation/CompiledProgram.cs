using Scoring.Engine.Evaluation;

namespace Scoring.Rules.Compilation;

/// <summary>The compiled rule program: three delegates built from the workflow's expressions.</summary>
internal sealed class CompiledProgram(SheetLayout layout, Action<FactSheet> items, Action<FactSheet> formulas, Action<FactSheet> conditions) : IRuleProgram
{
    public SheetLayout Layout { get; } = layout;

    public void ScoreItems(FactSheet sheet) => items(sheet);

    public void ScoreFormulas(FactSheet sheet) => formulas(sheet);

    public void TestConditions(FactSheet sheet) => conditions(sheet);
}
