using Scoring.Api.Storage;
using Scoring.Rules.Compilation;

namespace Scoring.Api.Catalog;

/// <summary>The criteria versions the server offers: every valid file of the criteria folder, compiled once, with lint problems of the others.</summary>
public sealed class CriteriaCatalog
{
    /// <summary>Loads and compiles the folder's versions.</summary>
    public CriteriaCatalog(CriteriaFolder folder, CompiledCriteriaCache cache)
    {
        Folder = folder;
        var versions = new List<CompiledCriteria>();
        var invalid = new List<LoadedCriteria>();
        foreach (var file in folder.Files)
        {
            var loaded = CriteriaFolder.LoadFile(file);
            if (loaded.Valid is { } version)
            {
                versions.Add(cache.Get(version));
            }
            else
            {
                invalid.Add(loaded);
            }
        }
        Versions = versions;
        Invalid = invalid;
    }

    /// <summary>The folder.</summary>
    public CriteriaFolder Folder { get; }

    /// <summary>The valid versions, by file name order.</summary>
    public IReadOnlyList<CompiledCriteria> Versions { get; }

    /// <summary>Files that did not lint, with their problems.</summary>
    public IReadOnlyList<LoadedCriteria> Invalid { get; }

    /// <summary>A version by id, or null.</summary>
    public CompiledCriteria? Find(string id) => Versions.FirstOrDefault(v => v.Version.Id == id);

    /// <summary>A group's name for people (from the newest version that declares it), or its code when none does.</summary>
    public string GroupName(string? code) => code is null ? "mọi khối"
        : Versions.Reverse().Select(v => v.Version.FindGroup(code)?.Name).FirstOrDefault(n => n is not null) ?? code;
}
