using Pledgewatch.Extraction;
using Pledgewatch.Storage;
using Pledgewatch.Storage.Accounts;
using Pledgewatch.Storage.Import;
using Pledgewatch.Storage.Tracking;

namespace Pledgewatch.Web.Shared;

internal static class ServiceRegistration
{
    public static IServiceCollection AddPledgewatch(this IServiceCollection services, PledgewatchStore store)
    {
        services.AddSingleton(store);
        services.AddSingleton(ExtractionPipeline.Default);
        services.AddSingleton(s => new Tracker(store));
        services.AddSingleton(s => new Editing(store));
        services.AddSingleton(s => new RegionMerger(store));
        services.AddSingleton(s => new UserDirectory(store));
        services.AddSingleton(s => new DocumentImporter(store, ExtractionPipeline.Default));
        services.AddSingleton(s => new ClaimQueries(store));
        services.AddSingleton(s => new Storage.Queries.DocumentQueries(store));
        services.AddSingleton(s => new Storage.Queries.RegionQueries(store));
        services.AddSingleton(s => new Storage.Queries.BallotQueries(store));
        services.AddSingleton<Overview>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(s => new Storage.Voting.Ballots(store, s.GetRequiredService<TimeProvider>()));
        services.AddSingleton(s => new Storage.Projects.ProjectRegistry(store, s.GetRequiredService<TimeProvider>()));
        services.AddSingleton(s => new Storage.Voting.Proposals(store, s.GetRequiredService<TimeProvider>()));
        services.AddSingleton(s => new Storage.Projects.FeedbackQueue(store, s.GetRequiredService<TimeProvider>()));
        // Progress sheets between their preview and their apply (each entry sized by its bytes).
        services.AddSingleton(s => new Storage.Projects.ProgressSheets(store, s.GetRequiredService<TimeProvider>()));
        services.AddMemoryCache(o => o.SizeLimit = 64 * 1024 * 1024);
        // Proposals and suggestions: deputies' suggestions, citizens' cases (routes and timers from Cases:*), drafts for comment.
        services.AddSingleton(s => new Storage.Suggestions.DeputySuggestions(store, s.GetRequiredService<TimeProvider>()));
        services.AddSingleton(s => Features.Cases.CaseSettings.Cases(store, s.GetRequiredService<IConfiguration>(), s.GetRequiredService<TimeProvider>()));
        services.AddSingleton(s => new Storage.Suggestions.Consultations(store, s.GetRequiredService<TimeProvider>()));
        services.AddSingleton<Features.Suggestions.Actors>();
        // Follow and be told: follows, notices, e-mail (a server or a folder) and the dispatcher's rounds.
        services.AddSingleton(s => new Storage.Following.Followers(store, s.GetRequiredService<TimeProvider>()));
        services.AddSingleton(s => new Storage.Following.Notices(store, s.GetRequiredService<TimeProvider>()));
        services.AddSingleton(s => new Features.Following.Mailer(s.GetRequiredService<IConfiguration>(), store.Location));
        services.AddSingleton<Features.Following.NoticeSignal>();
        services.AddSingleton<Features.Following.NoticeDispatcher>();
        services.AddHostedService(s => s.GetRequiredService<Features.Following.NoticeDispatcher>());
        return services;
    }
}
