using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pledgewatch.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SealedBallots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FailedLogins",
                table: "users",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LockedUntil",
                table: "users",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SessionStamp",
                table: "users",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "AuditHead",
                table: "ballots",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PapersDigest",
                table: "ballots",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "audit_log",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PrevHash",
                table: "audit_log",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Seq",
                table: "audit_log",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_log_Seq",
                table: "audit_log",
                column: "Seq",
                unique: true);

            // Papers kept in the order of their random key, with no rowid that remembers insertion
            // (a later migration that rebuilds this table must keep WITHOUT ROWID).
            migrationBuilder.Sql("""
                CREATE TABLE "cast_papers_sealed" (
                    "Id" TEXT NOT NULL CONSTRAINT "PK_cast_papers" PRIMARY KEY,
                    "BallotId" INTEGER NOT NULL,
                    "Marks" TEXT NOT NULL,
                    CONSTRAINT "FK_cast_papers_ballots_BallotId" FOREIGN KEY ("BallotId") REFERENCES "ballots" ("Id") ON DELETE RESTRICT
                ) WITHOUT ROWID;
                """);
            migrationBuilder.Sql("""INSERT INTO "cast_papers_sealed" ("Id", "BallotId", "Marks") SELECT "Id", "BallotId", "Marks" FROM "cast_papers" ORDER BY random();""");
            migrationBuilder.Sql("""DROP TABLE "cast_papers";""");
            migrationBuilder.Sql("""ALTER TABLE "cast_papers_sealed" RENAME TO "cast_papers";""");
            migrationBuilder.Sql("""CREATE INDEX "IX_cast_papers_BallotId" ON "cast_papers" ("BallotId");""");

            // INSERT OR REPLACE deletes the line it replaces without firing delete triggers: refuse it before.
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
                WHEN EXISTS (SELECT 1 FROM audit_log WHERE "Id" = NEW."Id" OR "Seq" = NEW."Seq")
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_log_no_replace;");

            migrationBuilder.DropIndex(
                name: "IX_audit_log_Seq",
                table: "audit_log");

            migrationBuilder.DropColumn(
                name: "FailedLogins",
                table: "users");

            migrationBuilder.DropColumn(
                name: "LockedUntil",
                table: "users");

            migrationBuilder.DropColumn(
                name: "SessionStamp",
                table: "users");

            migrationBuilder.DropColumn(
                name: "AuditHead",
                table: "ballots");

            migrationBuilder.DropColumn(
                name: "PapersDigest",
                table: "ballots");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "audit_log");

            migrationBuilder.DropColumn(
                name: "PrevHash",
                table: "audit_log");

            migrationBuilder.DropColumn(
                name: "Seq",
                table: "audit_log");
        }
    }
}
