using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Schema;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntryEntity>
{
    public void Configure(EntityTypeBuilder<AuditEntryEntity> e)
    {
        e.ToTable("audit_log");
        e.HasIndex(a => a.Seq).IsUnique();
        e.Property(a => a.PrevHash).HasMaxLength(64);
        e.Property(a => a.Hash).HasMaxLength(64);
    }
}
