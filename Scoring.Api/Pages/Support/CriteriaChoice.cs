using Scoring.Api.Catalog;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Scoring.Api.Server;
using Scoring.Rules.Compilation;

namespace Scoring.Api.Pages.Support;

/// <summary>The criteria version and year a page works on, checked once for every page: a version of the catalog and a sensible year.</summary>
public static class CriteriaChoice
{
    /// <summary>The year a page opens on when the address names none: the chosen version's own year (<c>year:</c> in its file),
    /// else <paramref name="year"/>.</summary>
    public static int DefaultYear(CriteriaCatalog catalog, string criteria, int year, Microsoft.AspNetCore.Http.HttpRequest request) =>
        !request.Query.ContainsKey("year") && catalog.Find(criteria)?.Version.Identity.Year is { } own ? own : year;

    /// <summary>The chosen version, or null with the Vietnamese reason.</summary>
    public static (CompiledCriteria? Criteria, string? Problem) Resolve(CriteriaCatalog catalog, string criteria, int year, ModelStateDictionary state)
    {
        if (year is < 2000 or > 2100 || state.GetFieldValidationState("Year") == ModelValidationState.Invalid)
        {
            return (null, "Năm không hợp lệ: cần năm từ 2000 đến 2100.");
        }
        return catalog.Find(criteria) is { } found
            ? (found, null)
            : (null, $"Không có bộ tiêu chí \"{criteria}\"; hãy chọn trong danh sách.");
    }
}
