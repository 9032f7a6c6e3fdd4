namespace Scoring.Engine.Criteria;

/// <summary>Bonus or deduction items outside the tree, whose sum is capped at <see cref="Max"/>.</summary>
public sealed record PointBlock(decimal Max, IReadOnlyList<Item> Items)
{
    /// <summary>An empty block.</summary>
    public static PointBlock Empty { get; } = new(0m, []);
}
