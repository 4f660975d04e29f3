-- Login server schema (aden_login): accounts, account bans, IP bans.
-- Login names are stored lower-cased; the application validates their charset and length.

CREATE TABLE accounts (
    login          VARCHAR(14)  NOT NULL,
    password_hash  VARCHAR(72)  NOT NULL,            -- bcrypt, "$2a$<cost>$..." (60 chars)
    access_level   INT          NOT NULL DEFAULT 0,  -- < 0 banned (legacy), 0 player, > 0 GM
    created_at     DATETIME(3)  NOT NULL,
    last_login_at  DATETIME(3)  NULL,
    last_ip        VARCHAR(45)  NULL,
    last_server    INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (login)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE account_bans (
    login       VARCHAR(14)  NOT NULL,
    reason      VARCHAR(255) NULL,
    expires_at  DATETIME(3)  NULL,                   -- NULL: permanent
    created_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (login),
    CONSTRAINT fk_account_bans_login FOREIGN KEY (login) REFERENCES accounts (login) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE ip_bans (
    address     VARCHAR(49)  NOT NULL,               -- a single address or CIDR range, e.g. 10.0.0.0/8
    reason      VARCHAR(255) NULL,
    expires_at  DATETIME(3)  NULL,                   -- NULL: permanent
    created_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (address)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
