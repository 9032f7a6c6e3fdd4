using Scoring.Api.Catalog;
using Scoring.Api.Storage;
using Scoring.Rules.Compilation;

namespace Scoring.Api.Cli;

/// <summary>Resolves <c>--criteria &lt;id-or-file&gt;</c> (and <c>--criteria-dir</c>) to a compiled version, or says why not.</summary>
internal static class CriteriaOption
{
    private static readonly CompiledCriteriaCache Cache = new();

    public static CompiledCriteria? Load(CliArgs args, TextWriter output)
    {
        var criteria = args["--criteria"];
        if (criteria is null)
        {
            output.WriteLine("Thiếu --criteria <mã-hoặc-tệp>.");
            return null;
        }
        var loaded = new CriteriaFolder(args["--criteria-dir"]).Load(criteria);
        if (loaded.Valid is { } version)
        {
            return Cache.Get(version);
        }
        output.WriteLine($"Bộ tiêu chí {criteria} không dùng được:");
        foreach (var p in loaded.Problems.Where(p => !p.IsWarning))
        {
            output.WriteLine("  " + p);
        }
        return null;
    }
}
