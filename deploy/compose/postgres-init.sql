-- one database per service, as the local stack creates them
CREATE DATABASE o2c_invoicing;
CREATE DATABASE o2c_payments;
CREATE DATABASE o2c_collections;
CREATE DATABASE o2c_credit;
CREATE DATABASE o2c_payables;
CREATE DATABASE o2c_reporting;
