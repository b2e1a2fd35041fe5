-- One database per department on the compose file's PostgreSQL server (the departments never share tables).
CREATE DATABASE customs;
CREATE DATABASE ciq;
CREATE DATABASE credit;
CREATE DATABASE logistics;
CREATE DATABASE finance;
