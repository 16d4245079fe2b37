using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Pledgewatch.Web.Features.Following;

/// <summary>After a follow was ended (or its link was used up before).</summary>
public sealed class EndedModel : PageModel
{
    public bool Gone { get; private set; }

    public void OnGet(bool? gone) => Gone = gone == true;
}
