using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Schema;

internal sealed class StoreStampConfiguration : IEntityTypeConfiguration<StoreStampEntity>
{
    public void Configure(EntityTypeBuilder<StoreStampEntity> e)
    {
        e.ToTable("store_stamps");
        e.HasKey(s => s.Key);
        e.Property(s => s.Key).HasMaxLength(64);
        e.Property(s => s.Value).HasMaxLength(128);
    }
}
