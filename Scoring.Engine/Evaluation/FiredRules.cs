namespace Scoring.Engine.Evaluation;

/// <summary>The rules that fired for one result, named in the order of the version's <see cref="RuleBook"/>: the trace every figure of
/// the result was read from. Kept as the sheet's marks and named only when asked.</summary>
public sealed class FiredRules
{
    /// <summary>No rule fired (a result not made by rules).</summary>
    public static FiredRules None { get; } = new(null, []);

    private readonly RuleBook? _book;
    private readonly bool[] _fired;

    internal FiredRules(RuleBook? book, bool[] fired)
    {
        _book = book;
        _fired = fired;
    }

    /// <summary>The names of the rules that fired.</summary>
    public IReadOnlyList<string> Names => _book is null ? [] : [.. _book.Names.Where((_, r) => _fired[r])];

    /// <summary>Whether the named rule fired.</summary>
    public bool Contains(string rule) => _book is not null && _book.Names.Select((n, r) => n == rule && _fired[r]).Any(f => f);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FiredRules other && Names.SequenceEqual(other.Names, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => Names.Count;
}
