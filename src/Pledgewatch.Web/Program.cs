using Microsoft.AspNetCore.DataProtection;
using Pledgewatch.Storage;
using Pledgewatch.Web.Features.Api;
using Pledgewatch.Web.Features.Claims;
using Pledgewatch.Web.Features.Compare;
using Pledgewatch.Web.Features.Documents;
using Pledgewatch.Web.Features.Following;
using Pledgewatch.Web.Features.Projects;
using Pledgewatch.Web.Features.Reports;
using Pledgewatch.Web.Features.Scorecard;
using Pledgewatch.Web.Features.Search;
using Pledgewatch.Web.Features.Suggestions;
using Pledgewatch.Web.Features.Voting;
using Pledgewatch.Web.Shared;
using Scalar.AspNetCore;

// The Pledgewatch web app: dotnet run --project src/Pledgewatch.Web [-- --db FILE | --connection STRING] [--urls URL] [--import PATH] [--sample-data true]
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot.Find() });
builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning).AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);

// The database: the same --db / --connection as the command line; SQLite pledgewatch.db by default.
var location = StoreLocation.From(builder.Configuration["db"], builder.Configuration["connection"]);
PledgewatchStore store;
try
{
    store = await PledgewatchStore.OpenAsync(location);
}
catch (StoreException e)
{
    Console.Error.WriteLine($"pledgewatch-web: {e.Message}");
    return 1;
}

builder.Services.AddPledgewatch(store);

// Login cookies outlive a restart: the key ring is kept beside the SQLite file (or where DataProtection:Keys says).
var keys = builder.Configuration["DataProtection:Keys"]
    ?? (location.IsPostgres ? null : Path.GetFullPath(location.SqlitePath!) + "-keys");
if (keys is not null)
{
    builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(keys)).SetApplicationName("Pledgewatch");
}

// Pages (feature folders), the API's problem details and OpenAPI document.
builder.Services.AddRazorPages(o => o.RootDirectory = "/Features");
builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
    o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();

// A JSON body that names a key twice (two marks for one candidate) is refused, not read as its last.
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.AllowDuplicateProperties = false);
builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);

// Behind TLS (--https true, or Https in configuration) cookies are Secure and browsers are told to use HTTPS only.
var https = builder.Configuration.GetValue("https", false) || builder.Configuration.GetValue("Https", false);

// Accounts: a cookie after login, refused once its session was ended; roles admin, clerk, editor, deputy.
builder.Services.AddPledgewatchAccounts(https);
builder.Services.AddSingleton<MissLimiter>();
builder.Services.AddPledgewatchRateLimits(builder.Configuration);
builder.Services.AddHsts(o =>
{
    // The operator said the app runs behind TLS: every host name is meant, loopback included.
    o.ExcludedHosts.Clear();
    o.MaxAge = TimeSpan.FromDays(365);
});
builder.Services.AddPublicCache();
builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o =>
{
    o.MultipartBodyLengthLimit = Limits.UploadBytes;
    o.ValueLengthLimit = (int)Limits.BodyBytes;
});

// Every body is limited before it is read: 1 MB unless the endpoint allows more (uploads of reports, photos, rosters).
builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = Limits.BodyBytes);

var app = builder.Build();

// Reports given with --import are read before the first request.
if (builder.Configuration["import"] is { Length: > 0 } import)
{
    await StartupImport.RunAsync(app.Services, import);
}

// --sample-data adds demonstration projects, a vote and a rating (all marked as sample) to an empty project list.
if (builder.Configuration.GetValue("sample-data", false) && await Pledgewatch.Storage.Projects.SampleData.SeedAsync(store, app.Services.GetRequiredService<TimeProvider>()))
{
    Console.WriteLine("pledgewatch-web: sample projects, a sample vote and a sample rating added (marked as sample data)");
}

// …and sample deputies' suggestions, citizens' cases and a draft for comment, when there are none.
if (builder.Configuration.GetValue("sample-data", false) && await Pledgewatch.Storage.Suggestions.SuggestionSamples.SeedAsync(store, "常州市", app.Services.GetRequiredService<TimeProvider>()))
{
    Console.WriteLine("pledgewatch-web: sample suggestions, citizens' cases and a draft for comment added (marked as sample data)");
}

// Errors: problem details for the API, a page for people; never a stack trace.
app.UseExceptionHandler("/error/500");
if (https)
{
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/error/{0}");

app.UseBodyLimitAnswers();
app.UseSecurityHeaders(app.Configuration);
var types = new Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider();
types.Mappings[".geojson"] = "application/geo+json";
app.UseStaticFiles(new StaticFileOptions { ContentTypeProvider = types });
app.UseStaticFiles(new StaticFileOptions { FileProvider = FrontEnd.Packages(), RequestPath = "/lib" });
app.UseSameSiteWritesOnly();
app.UseRouting();
app.UseAuthentication();
app.UseRateLimiter(); // after authentication: writes are limited per user
app.UseAuthorization();
app.UseLanguage();
app.UseKnownQueryKeysOnly();
app.UseOutputCache();
app.UseEvictionAfterWrites();

app.MapRazorPages();
app.MapApi().MapDocuments().MapClaims().MapScorecard().MapCompare().MapReports().MapSearch().MapSuggestions();
app.MapVoting();
app.MapProjects();
app.MapFollowing();
app.MapOpenApi();
// The interactive explorer; /api itself is the site's own page of the same document.
app.MapScalarApiReference("/api/explorer", o => o.WithTitle("Pledgewatch API").DisableDefaultFonts());

await app.RunAsync();
return 0;

/// <summary>The web app's entry point, for the integration tests.</summary>
public partial class Program;
