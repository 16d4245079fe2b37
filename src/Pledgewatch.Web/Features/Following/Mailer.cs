using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Pledgewatch.Storage;

namespace Pledgewatch.Web.Features.Following;

/// <summary>
/// Where e-mail goes: an SMTP server (<c>Mail:Host</c>, <c>Mail:Port</c>, <c>Mail:Security</c> none |
/// starttls | ssl | auto, <c>Mail:User</c>, <c>Mail:Password</c>, <c>Mail:From</c>), or, with no server,
/// a folder of .eml files (<c>Mail:Folder</c>; beside the SQLite file by default) that anyone can open.
/// On PostgreSQL with neither, e-mail is off and following is by feed only.
/// </summary>
public sealed class Mailer
{
    private readonly string? _host;
    private readonly int _port;
    private readonly SecureSocketOptions _security;
    private readonly string? _user;
    private readonly string? _password;

    public Mailer(IConfiguration configuration, StoreLocation location)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(location);
        var mail = configuration.GetSection("Mail");
        _host = mail["Host"] is { Length: > 0 } host ? host : null;
        _port = mail.GetValue("Port", 25);
        _security = (mail["Security"] ?? "auto").ToLowerInvariant() switch
        {
            "none" => SecureSocketOptions.None,
            "starttls" => SecureSocketOptions.StartTls,
            "ssl" => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.Auto,
        };
        _user = mail["User"];
        _password = mail["Password"];
        From = MailboxAddress.TryParse(mail["From"] ?? "Pledgewatch <noreply@pledgewatch.invalid>", out var from) ? from : new MailboxAddress("Pledgewatch", "noreply@pledgewatch.invalid");
        Folder = _host is null
            ? mail["Folder"] is { Length: > 0 } folder ? Path.GetFullPath(folder) : location.IsPostgres ? null : Path.GetFullPath(location.SqlitePath!) + "-mail"
            : null;
        SiteUrl = configuration["Mail:SiteUrl"] is { Length: > 0 } site ? site.TrimEnd('/') : null;
    }

    /// <summary>True when e-mail can be sent (to a server or into the folder).</summary>
    public bool CanSend => _host is not null || Folder is not null;

    /// <summary>The folder e-mails are written into when no server is set.</summary>
    public string? Folder { get; }

    public MailboxAddress From { get; }

    /// <summary>The site's address for links in e-mails, when configured; else the address a follow came from.</summary>
    public string? SiteUrl { get; }

    /// <summary>Sends the messages over one connection; each one's error (null: sent) in order.</summary>
    public async Task<IReadOnlyList<string?>> SendAsync(IReadOnlyList<MimeMessage> messages, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count == 0)
        {
            return [];
        }

        if (_host is null)
        {
            return await WriteAsync(messages, ct);
        }

        var errors = new string?[messages.Count];
        using var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(_host, _port, _security, ct);
            if (_user is { Length: > 0 })
            {
                await client.AuthenticateAsync(_user, _password ?? "", ct);
            }
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or MailKit.ProtocolException or MailKit.Security.AuthenticationException or SslHandshakeException)
        {
            Array.Fill(errors, $"no connection to {_host}:{_port}: {e.Message}");
            return errors;
        }

        for (var i = 0; i < messages.Count; i++)
        {
            try
            {
                await client.SendAsync(messages[i], ct);
            }
            catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or IOException)
            {
                errors[i] = e.Message;
            }
        }

        await client.DisconnectAsync(quit: true, ct);
        return errors;
    }

    private async Task<IReadOnlyList<string?>> WriteAsync(IReadOnlyList<MimeMessage> messages, CancellationToken ct)
    {
        var errors = new string?[messages.Count];
        try
        {
            Directory.CreateDirectory(Folder!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Array.Fill(errors, $"cannot write into {Folder}: {e.Message}");
            return errors;
        }

        for (var i = 0; i < messages.Count; i++)
        {
            // Written whole under a temporary name, then renamed: a reader never sees half a message.
            var name = Path.Combine(Folder!, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{(messages[i].MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0]}.eml");
            try
            {
                await messages[i].WriteToAsync(name + ".tmp", ct);
                File.Move(name + ".tmp", name, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors[i] = e.Message;
            }
        }

        return errors;
    }
}
