using System.Threading.Channels;
using MimeKit;
using Pledgewatch.Storage.Following;
using Pledgewatch.Tracking;

namespace Pledgewatch.Web.Features.Following;

/// <summary>Wakes the dispatcher at once (after an import, a follow, a vote's close) instead of at its next round.</summary>
public sealed class NoticeSignal
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _wake.Writer.TryWrite(true);

    internal async Task WaitAsync(TimeSpan round, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(round);
        try
        {
            await _wake.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The round's time is up.
        }
    }
}

/// <summary>
/// Every round (<c>Notify:Seconds</c>, 60 by default, or when woken): finds slipped milestones and
/// closed votes, queues one e-mail per notice and confirmed follower, and sends what is queued.
/// An e-mail is marked sent only after the server took it; one that fails is tried again next round.
/// </summary>
public sealed class NoticeDispatcher(Notices notices, Mailer mailer, NoticeSignal signal, IConfiguration configuration, ILogger<NoticeDispatcher> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var round = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Notify:Seconds", 60)));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RoundAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning("notices: {Error}", e.GetBaseException().Message);
            }

            await signal.WaitAsync(round, stoppingToken);
        }
    }

    /// <summary>One round: sweep, queue, send.</summary>
    public async Task RoundAsync(CancellationToken ct)
    {
        await notices.SweepAsync(ct);
        await notices.QueueAsync(ct);
        if (!mailer.CanSend)
        {
            return;
        }

        while (await notices.OutboxAsync(50, ct) is { Count: > 0 } batch)
        {
            var errors = await mailer.SendAsync([.. batch.Select(Message)], ct);
            for (var i = 0; i < batch.Count; i++)
            {
                await notices.MarkAsync(batch[i].Mail.Id, errors[i], ct);
            }

            if (errors.Any(e => e is not null))
            {
                log.LogWarning("notices: {Failed} of {Count} e-mails not sent: {Error}", errors.Count(e => e is not null), batch.Count, errors.First(e => e is not null));
                return;
            }
        }
    }

    /// <summary>An e-mail: a notice (with its page and a one-click unsubscribe) or a follow's confirmation.</summary>
    public MimeMessage Message(Outgoing outgoing)
    {
        ArgumentNullException.ThrowIfNull(outgoing);
        var follow = outgoing.Follow;
        var language = follow.Language == "en" ? ReaderLanguage.English : ReaderLanguage.Chinese;
        var en = language == ReaderLanguage.English;
        var site = mailer.SiteUrl ?? follow.SiteUrl;
        var manage = $"{site}/follow/{follow.Token}";
        var message = new MimeMessage { MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId(new Uri(site).Host) };
        message.From.Add(mailer.From);
        message.To.Add(MailboxAddress.Parse(follow.Email));
        string body;
        if (outgoing.Notice is { } notice)
        {
            var wording = NoticeText.Of(notice, language);
            message.Subject = wording.Subject;
            body = wording.Body + "\n\n" + site + notice.Link + "\n\n"
                + (en ? $"You follow this on Pledgewatch. To stop, open {manage}" : $"您在 Pledgewatch 关注了此项。取消关注：{manage}") + "\n";
            // One click from the mail program (RFC 8058): a POST to this address ends the follow.
            message.Headers.Add("List-Unsubscribe", $"<{manage}/unsubscribe>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        else
        {
            message.Subject = en ? "Please confirm: follow on Pledgewatch" : "请确认：在 Pledgewatch 关注";
            body = (en
                ? $"Someone (we hope you) asked to be told by e-mail about a {NoticeText.TopicWord(follow.Topic, language)} on Pledgewatch. To confirm, open\n\n{manage}/confirm\n\nIf it was not you, ignore this e-mail: nothing more will be sent."
                : $"有人（希望是您）请求在 Pledgewatch 通过电子邮件关注一个{NoticeText.TopicWord(follow.Topic, language)}。确认请打开\n\n{manage}/confirm\n\n如果不是您本人，请忽略此邮件，不会再收到任何邮件。") + "\n";
        }

        message.Body = new TextPart("plain") { Text = body };
        return message;
    }
}
