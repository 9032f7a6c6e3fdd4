namespace Scoring.Rules.Format;

/// <summary>Where each part of a criteria version was written (line and column), keyed like <c>item:I.1</c> or <c>class:Khá</c>.</summary>
public sealed class SourceMap
{
    private readonly Dictionary<string, (int Line, int Column)> _places = new(StringComparer.Ordinal);

    /// <summary>The file the version came from.</summary>
    public SourceMap(string file) => File = file;

    /// <summary>The file name used in messages.</summary>
    public string File { get; }

    /// <summary>Records where a part was written (the first place wins).</summary>
    public void Add(string key, int line, int column) => _places.TryAdd(key, (line, column));

    /// <summary>Where a part was written, or line 1 when unknown.</summary>
    public (int Line, int Column) this[string key] => _places.GetValueOrDefault(key, (1, 1));

    /// <summary>Makes a problem located at a part.</summary>
    public CriteriaProblem Problem(string key, string message, bool warning = false)
    {
        var (line, column) = this[key];
        return new CriteriaProblem(File, line, column, message, warning);
    }
}
