namespace Scoring.Api.Endpoints;

/// <summary>The HTTP API: one group per resource under /api.</summary>
public static class ScoringApi
{
    /// <summary>Maps every resource's endpoints.</summary>
    public static IEndpointRouteBuilder MapScoringApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapCriteriaEndpoints();
        api.MapAgencyEndpoints();
        api.MapSubmissionEndpoints();
        api.MapAppraisalEndpoints();
        api.MapRunEndpoints();
        api.MapHistoryEndpoints();
        api.MapAuditEndpoints();
        api.MapTokenEndpoints();
        return app;
    }
}
