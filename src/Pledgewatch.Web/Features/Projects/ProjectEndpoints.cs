using Microsoft.AspNetCore.Mvc;
using Pledgewatch.Extraction;
using Pledgewatch.Storage;
using Pledgewatch.Storage.Projects;
using Pledgewatch.Storage.Queries;
using Pledgewatch.Web.Features.Api;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Projects;

/// <summary>Projects in the API (public reads, citizens' feedback) and their photos.</summary>
internal static class ProjectEndpoints
{
    public static RouteGroupBuilder MapProjects(this IEndpointRouteBuilder app)
    {
        app.MapGet("/photos/{id:guid}", Photo).ExcludeFromDescription();
        var group = app.MapGroup("/api/v1/projects").WithTags("Projects");
        group.MapGet("", List).CacheOutput(PublicCache.Policy).Produces<ProjectSchema[]>().ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id:long}", Show).CacheOutput(PublicCache.Policy).Produces<ProjectDetailSchema>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:long}/feedback", Feedback).RequireRateLimiting(Policies.Feedback).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(Limits.FeedbackBodyBytes))
            .Produces<FeedbackHeldDto>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    internal sealed record FeedbackRequest(string? Name, string? Text);

    private static async Task<IResult> List(ProjectRegistry registry, RegionQueries regions, int? year, string? category, string? district, string? status, string? kind, CancellationToken ct)
    {
        var (filter, problem) = await ProjectFilters.ParseAsync(regions, year, category, district, status, kind, ct);
        return problem is not null ? Problems.BadRequest(problem)
            : TypedResults.Ok((await registry.ListAsync(filter!, ct)).Select(ProjectJson.Summary));
    }

    private static async Task<IResult> Show(long id, ProjectRegistry registry, CancellationToken ct)
    {
        var detail = await registry.FindAsync(id, ct);
        if (detail is null)
        {
            return Problems.NotFound($"no project {id}");
        }

        return TypedResults.Ok(new
        {
            project = ProjectJson.Summary(detail.Summary),
            description = detail.Summary.Project.Description,
            milestones = detail.Summary.Milestones.Select(m => new { name = m.Name, planned = m.Planned, actual = m.Actual }),
            updates = detail.Updates.Select(u => new { percent = u.Percent, text = u.Text, on = u.On, author = u.Author, photo = u.PhotoId is { } p ? $"/photos/{p}" : null }),
            claims = detail.Claims.Select(c => new { id = c.Id, kind = ContractNames.Of(c.Kind), year = c.Year, indicator = c.Indicator, text = c.Text, url = $"/claims/{c.Id}" }),
            ratings = detail.Ratings.Select(r => new
            {
                ballot = r.Ballot.Id,
                title = r.Ballot.Title,
                satisfied = r.Count.Satisfied,
                fairly_satisfied = r.Count.FairlySatisfied,
                dissatisfied = r.Count.Dissatisfied,
                papers = r.Count.Papers,
                satisfaction_rate = r.Count.SatisfactionRate,
                sample = r.Ballot.IsSample,
            }),
            feedback = detail.Feedback.Select(f => new { name = f.Name, text = f.Body, at = f.At }),
        });
    }

    private static async Task<IResult> Feedback(long id, FeedbackRequest request, FeedbackQueue queue, CancellationToken ct)
    {
        if (FeedbackModel.FeedbackTooLong(request.Text, request.Name) is { } tooLong)
        {
            return Problems.BadRequest(tooLong);
        }

        try
        {
            var stored = await queue.SubmitAsync(id, Sanitise.PlainText(request.Name), Sanitise.PlainText(request.Text) ?? "", ct);
            return TypedResults.Accepted($"/projects/{id}", new FeedbackHeldDto(stored.Id, stored.Status, "held for moderation; shown once an editor approves it"));
        }
        catch (StoreException e)
        {
            return e.IsNotFound ? Problems.NotFound(e.Message) : Problems.BadRequest(e.Message);
        }
    }

    private static async Task<IResult> Photo(Guid id, ProjectRegistry registry, HttpContext context, CancellationToken ct)
    {
        var photo = await registry.PhotoAsync(id, ct);
        if (photo is null)
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return Results.File(photo.Bytes, photo.ContentType);
    }
}
