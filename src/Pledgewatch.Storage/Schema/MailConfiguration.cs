using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Schema;

internal sealed class MailConfiguration : IEntityTypeConfiguration<MailEntity>
{
    public void Configure(EntityTypeBuilder<MailEntity> e)
    {
        e.ToTable("mail");
        e.HasIndex(m => new { m.SentAt, m.Attempts });
        e.HasIndex(m => new { m.FollowId, m.NoticeId }).IsUnique();
        e.HasOne<FollowEntity>().WithMany().HasForeignKey(m => m.FollowId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<NoticeEntity>().WithMany().HasForeignKey(m => m.NoticeId).OnDelete(DeleteBehavior.Cascade);
    }
}
