namespace Scoring.Api.Cli;

/// <summary>Options (<c>--name value</c>, <c>-o value</c>, <c>--flag</c>) and positional arguments of a verb.</summary>
internal sealed class CliArgs
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public CliArgs(IReadOnlyList<string> args, params string[] flags)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (flags.Contains(a))
            {
                _flags.Add(a);
            }
            else if (a.StartsWith('-') && a.Length > 1 && i + 1 < args.Count)
            {
                _options[a] = args[++i];
            }
            else
            {
                Positional.Add(a);
            }
        }
    }

    public List<string> Positional { get; } = [];

    public string? this[string name] => _options.GetValueOrDefault(name);

    public bool Has(string flag) => _flags.Contains(flag);
}
